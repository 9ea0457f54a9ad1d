import type { DatasetFiles, ViewId } from '../data/schema';
import type { Lang } from '../i18n/lang';
import { fileName, footerLines, frameLayout, isoDay } from './frame';
import type { ExportFormat } from './formats';
import { viewRows } from './rows';
import { viewRecords } from './records';
import { toCsv } from './csv';
import { standaloneSvg, type ChartLabel, type ChartPart } from './svg';
import { svgToPng } from './png';
import { downloadBlob } from './download';
import { DRAW_ALL } from '../ui/draw-all';

/** Loaded on the first click of a download button, so none of this weighs on the first page load. */

type Files = Partial<Pick<DatasetFiles, 'entities' | 'sources' | 'sites' | 'flows' | 'power'>>;

export interface ExportRequest {
  format: ExportFormat;
  view: ViewId;
  lang: Lang;
  /** The view's root (`[data-view]`): its chart, title and colours. */
  figure: HTMLElement;
  files: Files;
  now?: Date;
}

/**
 * The view's charts: its top-level SVGs in the view body at least a quarter the size of the largest
 * (so both power panels, not legend swatches), placed relative to the box around them all; plus the
 * HTML labels among them that belong in the picture (panel headings, and whatever a view marks with
 * `data-export-text`).
 */
export function chartParts(figure: HTMLElement): { parts: ChartPart[]; labels: ChartLabel[]; width: number; height: number } {
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('.view-body svg')]
    .filter((svg) => !svg.parentElement?.closest('svg'))
    .map((svg) => ({ svg, rect: svg.getBoundingClientRect() }));
  const area = (r: DOMRect) => r.width * r.height;
  const largest = Math.max(0, ...svgs.map((s) => area(s.rect)));
  const charts = svgs.filter((s) => largest > 0 && area(s.rect) >= largest / 4);
  if (!charts.length) return { parts: [], labels: [], width: 0, height: 0 };
  const left = Math.min(...charts.map((c) => c.rect.left));
  const right = Math.max(...charts.map((c) => c.rect.right));
  const chartsTop = Math.min(...charts.map((c) => c.rect.top));
  const bottom = Math.max(...charts.map((c) => c.rect.bottom));
  // Labels among the charts, or just above the first (a panel's heading), sitting over them horizontally.
  const labelled = [...figure.querySelectorAll<HTMLElement>('.view-body h3, .view-body [data-export-text]')]
    .map((el) => ({ el, rect: el.getBoundingClientRect(), text: el.textContent?.replace(/\s+/g, ' ').trim() ?? '' }))
    .filter(({ rect, text }) => text && rect.width > 0 && rect.top >= chartsTop - 80 && rect.bottom <= bottom && rect.left >= left - 1 && rect.left < right);
  const top = Math.min(chartsTop, ...labelled.map((l) => l.rect.top));
  const parts = charts.map(({ svg, rect }) => ({ svg, x: rect.left - left, y: rect.top - top, width: rect.width, height: rect.height }));
  const labels = labelled.map(({ el, rect, text }) => {
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    // First line's baseline: half the leading, then about 0.8 em of ascent.
    const lineHeight = parseFloat(style.lineHeight) || size * 1.25;
    return { text, x: rect.left - left, y: rect.top - top + (lineHeight - size) / 2 + size * 0.8, size, weight: style.fontWeight, colour: style.color };
  });
  return {
    parts,
    labels,
    width: Math.max(...parts.map((p) => p.x + p.width)),
    height: Math.max(...parts.map((p) => p.y + p.height)),
  };
}

function colours(figure: HTMLElement, transparent: boolean) {
  const heading = figure.querySelector('h2') ?? figure;
  const muted = figure.querySelector('.summary') ?? figure;
  const bg = getComputedStyle(figure).backgroundColor;
  return {
    background: transparent ? null : bg === 'rgba(0, 0, 0, 0)' ? '#ffffff' : bg,
    text: getComputedStyle(heading).color,
    muted: getComputedStyle(muted).color,
    fontFamily: getComputedStyle(figure).fontFamily,
  };
}

/** Builds the requested file and hands it to the browser; returns its name, or null when the view has no chart to draw. */
export async function exportView({ format, view, lang, figure, files, now = new Date() }: ExportRequest): Promise<string | null> {
  const date = isoDay(now);
  const name = fileName(view, lang, date, format);
  if (format === 'csv') {
    downloadBlob(new Blob([toCsv(viewRows[view](files))], { type: 'text/csv;charset=utf-8' }), name);
    return name;
  }
  const records = viewRecords(view, files);
  if (format === 'json') {
    const body = { exported: date, language: lang, ...records };
    downloadBlob(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }), name);
    return name;
  }
  figure.dispatchEvent(new Event(DRAW_ALL));
  const charts = chartParts(figure);
  if (!charts.parts.length) return null;
  const title = figure.querySelector('h2')?.textContent?.trim() ?? view;
  const layout = frameLayout(charts, title, footerLines(records.sources, lang, date));
  const svg = standaloneSvg(charts.parts, charts.labels, layout, colours(figure, format === 'png-transparent'));
  if (format === 'svg') downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), name);
  else downloadBlob(await svgToPng(svg, layout.width, layout.height, 2), name);
  return name;
}
