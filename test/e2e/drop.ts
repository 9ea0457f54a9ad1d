import type { Page } from 'playwright-core';

/** Helpers for the bring-your-own-data browser tests (byod, hostile, network). */

export interface DropFile {
  name: string;
  body: string;
}

/** Drops files on the page as a reader would: dragenter, dragover, drop, with a real DataTransfer of Files. */
export async function dropFiles(page: Page, files: DropFile[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.body], f.name, { type: 'application/json' }));
    return dt;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('main', type, { dataTransfer: transfer });
}

/** Waits until every view is ready and draws this dataset: exactly its sites, every linked Sankey node, and power marks only of its own series and notes. */
export async function waitForDataset(page: Page, data: { sites: string[]; nodes: string[]; series: string[] }): Promise<void> {
  await page.waitForFunction(
    (d) => {
      const ids = (view: string) => new Set([...document.querySelectorAll(`[data-view="${view}"] [data-id]`)].map((e) => e.getAttribute('data-id')));
      const views = [...document.querySelectorAll<HTMLElement>('[data-view]')];
      if (views.length !== 3 || views.some((v) => v.dataset.state !== 'ready')) return false;
      const map = ids('map');
      const sankey = ids('sankey');
      const power = ids('power');
      return d.sites.every((id) => map.has(id)) && map.size === d.sites.length && d.nodes.every((id) => sankey.has(id)) && [...power].every((id) => d.series.includes(id!));
    },
    data,
    { timeout: 20_000 },
  );
}
