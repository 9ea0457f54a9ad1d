import type { Source, ViewId } from '../data/schema';
import { fill, type Lang } from '../i18n/lang';
import { exportText } from '../i18n/export';
import type { ExportFormat } from './formats';

/**
 * The band of text an exported image carries above and below the chart (title; sources, credit and
 * date), laid out without a DOM so it is the same in the SVG and the PNG and can be tested.
 */
export const FRAME = { pad: 16, titleSize: 20, titleLine: 26, footSize: 12, footLine: 16, gap: 10 } as const;

const WIDE = /[\u1100-\u115F\u2E80-\u303F\u3040-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const TOKEN = new RegExp(`${WIDE.source}|\\s+|[^\\s${WIDE.source.slice(1, -1)}]+`, 'g');

/** A generous width estimate (CJK one em, Latin about half): wrapped lines must never overflow. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : /\s/.test(ch) ? 0.3 : /[A-Z0-9@%&WMm]/.test(ch) ? 0.68 : 0.56;
  return em * fontSize;
}

/** Greedy wrapping: Latin breaks between words, CJK between any two characters. */
export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKEN) ?? []) {
    const next = line + token;
    if (line.trim() && textWidth(next.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = /^\s+$/.test(token) ? '' : token;
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export interface FrameLayout {
  width: number;
  height: number;
  /** Where the chart sits inside the frame. */
  chart: { x: number; y: number; width: number; height: number };
  title: { lines: string[]; x: number; y: number; size: number; lineHeight: number };
  footer: { lines: string[]; x: number; y: number; size: number; lineHeight: number };
}

/** The frame around a chart of the given size; baselines (y) are of the first line of each block. */
export function frameLayout(chart: { width: number; height: number }, title: string, footer: readonly string[]): FrameLayout {
  // The chart gets the same side margins as the text, so axis labels at its edge are not cut flush.
  const width = Math.round(chart.width) + 2 * FRAME.pad;
  const textWidthAvailable = Math.max(width - 2 * FRAME.pad, 120);
  const titleLines = wrap(title, textWidthAvailable, FRAME.titleSize);
  const footLines = footer.flatMap((f) => wrap(f, textWidthAvailable, FRAME.footSize));
  const top = FRAME.pad + titleLines.length * FRAME.titleLine + FRAME.gap;
  const chartHeight = Math.round(chart.height);
  const bottom = FRAME.gap + footLines.length * FRAME.footLine + FRAME.pad;
  return {
    width,
    height: top + chartHeight + bottom,
    chart: { x: FRAME.pad, y: top, width: Math.round(chart.width), height: chartHeight },
    // A baseline sits about 0.8 of the line below the line's top.
    title: { lines: titleLines, x: FRAME.pad, y: FRAME.pad + Math.round(FRAME.titleLine * 0.78), size: FRAME.titleSize, lineHeight: FRAME.titleLine },
    footer: {
      lines: footLines,
      x: FRAME.pad,
      y: top + chartHeight + FRAME.gap + Math.round(FRAME.footLine * 0.78),
      size: FRAME.footSize,
      lineHeight: FRAME.footLine,
    },
  };
}

/** "Sources: TSMC, Reuters, … and 4 more": the publishers behind the view, each once, in citation order. */
export function sourceLine(sources: readonly Source[], lang: Lang, max = 5): string {
  const t = exportText[lang];
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  const shown = publishers.slice(0, max).join(lang === 'zh' ? '、' : ', ');
  const more = publishers.length > max ? `${lang === 'zh' ? '' : ' '}${fill(t.moreSources, { n: publishers.length - max })}` : '';
  return fill(t.sourceLine, { sources: shown + more });
}

/** The footer's lines: sources, then credit and export date. */
export function footerLines(sources: readonly Source[], lang: Lang, date: string): string[] {
  const t = exportText[lang];
  return [sourceLine(sources, lang), `${t.credit} · ${fill(t.exported, { date })}`];
}

/** e.g. new-coordinates-map-zh-2026-11-25.png; the transparent PNG says so. */
export function fileName(view: ViewId, lang: Lang, date: string, format: ExportFormat): string {
  const ext = format === 'png-transparent' ? 'png' : format;
  return `new-coordinates-${view}-${lang}-${date}${format === 'png-transparent' ? '-transparent' : ''}.${ext}`;
}

/** The local calendar date as YYYY-MM-DD. */
export function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
