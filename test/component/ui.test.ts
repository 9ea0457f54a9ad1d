import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRawSnippet } from 'svelte';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import ViewFrame from '../../src/lib/ui/ViewFrame.svelte';
import ClaimNote from '../../src/lib/ui/ClaimNote.svelte';
import SearchBox from '../../src/lib/ui/SearchBox.svelte';
import ChapterTabs from '../../src/lib/ui/ChapterTabs.svelte';
import DataTable from '../../src/lib/ui/DataTable.svelte';
import LoadFailed from '../../src/lib/ui/LoadFailed.svelte';
import { Deferred } from '../../src/lib/ui/deferred.svelte';
import { dataset } from '../../src/lib/state/dataset.svelte';
import { app } from '../../src/lib/state/app.svelte';
import { viewStatus } from '../../src/lib/state/ready.svelte';
import type { Claim, Entity } from '../../src/lib/data/schema';
import { langs } from '../../src/lib/i18n/lang';
import { loadStrings } from '../../src/lib/i18n/strings';

// The app fetches the strings of the language on screen before drawing; the tests use both.
beforeAll(() => Promise.all(langs.map(loadStrings)));
afterEach(cleanup);

const L = (zh: string, en: string) => ({ zh, en });
const entity = (id: string, kind: Entity['kind'], zh: string, en: string, extra: Partial<Entity> = {}): Entity => ({
  id,
  kind,
  name: L(zh, en),
  ticker: null,
  exchange: null,
  country: null,
  hq: null,
  chapters: [],
  sources: [],
  ...extra,
});

function withEntities(entities: Entity[]) {
  dataset.files = { ...dataset.files, entities: { status: 'ready', data: { entities }, warnings: [] } };
}

describe('ViewFrame', () => {
  it('shows every issue as text with its path, and reports the error state', () => {
    render(ViewFrame, {
      props: {
        view: 'map',
        lang: 'en',
        title: 'Map',
        summary: 'One sentence.',
        status: 'error',
        issues: [
          { file: 'sites.json', path: 'sites[4].lat', expected: 'number', received: '"<img src=x onerror=alert(1)>"', severity: 'error' },
        ],
      },
    });
    const figure = document.querySelector('figure')!;
    expect(figure.dataset.view).toBe('map');
    expect(figure.dataset.state).toBe('error');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('sites.json: sites[4].lat: expected number, got "<img src=x onerror=alert(1)>"');
    expect(alert.querySelector('img')).toBeNull();
    expect(viewStatus.map).toBe('error');
  });
});

describe('ClaimNote', () => {
  const claim: Claim = {
    id: 'wistron-city',
    topic: L('緯創的地點與金額', 'Wistron’s city and amount'),
    article: { value: 62.5, text: L('達拉斯，6,250 萬美元', 'Dallas, US$62.5M') },
    record: { value: 761, text: L('沃斯堡，7.61 億美元', 'Fort Worth, US$761M') },
    unit: 'US$M',
    verdict: 'differs',
    note: L('說明', 'Note'),
    sources: [],
  };
  it('puts what the article says beside what the record says, in the reader’s language', () => {
    render(ClaimNote, { props: { claim, lang: 'en', showSources: false } });
    expect(screen.getByText('Dallas, US$62.5M')).toBeTruthy();
    expect(screen.getByText('Fort Worth, US$761M')).toBeTruthy();
    expect(screen.getByText('The article says')).toBeTruthy();
  });
  it('speaks Chinese too', () => {
    render(ClaimNote, { props: { claim, lang: 'zh', showSources: false } });
    expect(screen.getByText('沃斯堡，7.61 億美元')).toBeTruthy();
    expect(screen.getByText('文章說法')).toBeTruthy();
  });
});

describe('SearchBox', () => {
  it('finds a company by ticker and selects it with Enter', async () => {
    withEntities([entity('quanta', 'company', '廣達', 'Quanta Computer', { ticker: '2382.TW' }), entity('tsmc', 'company', '台積電', 'TSMC')]);
    render(SearchBox, { props: { lang: 'en' } });
    const box = screen.getByRole('combobox');
    await fireEvent.input(box, { target: { value: '2382' } });
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]!.textContent).toContain('Quanta Computer');
    expect(box.getAttribute('aria-activedescendant')).toBe('search-opt-quanta');
    await fireEvent.keyDown(box, { key: 'Enter' });
    expect(app.selected).toBe('quanta');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });
  it('says so when nothing matches', async () => {
    withEntities([entity('tsmc', 'company', '台積電', 'TSMC')]);
    render(SearchBox, { props: { lang: 'zh' } });
    await fireEvent.input(screen.getByRole('combobox'), { target: { value: 'zzz' } });
    expect(screen.getByRole('option').textContent).toContain('找不到');
  });
});

describe('ChapterTabs', () => {
  it('lists chapters in article order and presses the chosen one', async () => {
    withEntities([
      entity('ch-power', 'chapter', '④ 電力', '④ Power', { order: 4 }),
      entity('ch-geo', 'chapter', '① 地緣', '① Geopolitics', { order: 1 }),
    ]);
    render(ChapterTabs, { props: { lang: 'en' } });
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['All', '① Geopolitics', '④ Power']);
    await fireEvent.click(buttons[2]!);
    expect(app.chapter).toBe('ch-power');
    expect(buttons[2]!.getAttribute('aria-pressed')).toBe('true');
    expect(buttons[0]!.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('Deferred', () => {
  const settle = () => new Promise((r) => setTimeout(r));
  it('asks for its code when first read, once, and holds it when it arrives', async () => {
    const load = vi.fn(() => Promise.resolve({ default: 'card' }));
    const part = new Deferred(load);
    expect(part.loaded).toBeNull();
    expect(load).not.toHaveBeenCalled();
    expect(part.current).toBeNull();
    expect(part.current).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
    await settle();
    expect(part.current).toBe('card');
    expect(part.loaded).toBe('card');
    expect(load).toHaveBeenCalledTimes(1);
  });
  it('asks again on the next read after a failed fetch', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ default: 'card' });
    const part = new Deferred<string>(load);
    expect(part.current).toBeNull();
    await settle();
    expect(part.current).toBeNull();
    await settle();
    expect(part.current).toBe('card');
    expect(load).toHaveBeenCalledTimes(2);
  });
  it('says it failed when its code could not arrive, and stops saying so if a later read brings it', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ default: 'card' });
    const part = new Deferred<string>(load);
    expect(part.failed).toBe(false);
    await part.load();
    expect(part.failed).toBe(true);
    expect(part.loaded).toBeNull();
    expect(part.current).toBeNull();
    await settle();
    expect(part.failed).toBe(false);
    expect(part.current).toBe('card');
  });
  it('fetches by itself once the views are ready', async () => {
    const load = vi.fn(() => Promise.resolve({ default: 'table' }));
    const part = new Deferred(load);
    document.documentElement.dataset.ready = '1';
    try {
      await vi.waitFor(() => expect(part.loaded).toBe('table'));
    } finally {
      delete document.documentElement.dataset.ready;
    }
  });
});

describe('LoadFailed', () => {
  it('says the part could not load, as text, and offers a reload', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    try {
      render(LoadFailed, { props: { lang: 'zh' } });
      expect(screen.getByRole('alert').textContent).toContain('這部分無法載入。請重新載入頁面再試。');
      await fireEvent.click(screen.getByRole('button', { name: '重新載入' }));
      expect(reload).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('DataTable', () => {
  const children = createRawSnippet((table: () => string) => ({ render: () => `<table data-table="${table()}"></table>` }));
  async function openTable(load: () => Promise<{ default: string }>, lang: 'zh' | 'en') {
    const table = new Deferred<string>(load);
    render(DataTable<string>, { props: { summary: 'The data as a table', table, children, name: 'test-table', lang } });
    const details = document.querySelector<HTMLDetailsElement>('details.data-table')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    return { table, details };
  }

  it('draws its table once opened and its code has arrived', async () => {
    const { details } = await openTable(() => Promise.resolve({ default: 'grid' }), 'en');
    await vi.waitFor(() => expect(details.querySelector('table[data-table="grid"]')).not.toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so, with a reload, when the table’s code could not arrive', async () => {
    const { details } = await openTable(() => Promise.reject(new Error('offline')), 'en');
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('This part could not load. Reload the page to try again.'));
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(details.querySelector('table')).toBeNull();
  });

  it('speaks the view’s language', async () => {
    await openTable(() => Promise.reject(new Error('offline')), 'zh');
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('這部分無法載入'));
    expect(screen.getByRole('button', { name: '重新載入' })).toBeTruthy();
  });
});
