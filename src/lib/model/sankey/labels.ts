import type { Entity } from '../../data/schema';
import type { Lang } from '../../i18n/lang';

/** One line of a node label; the ticker (and the fact-check mark) ride on the last line. */
export interface LabelLine {
  text: string;
  ticker: string | null;
  mark: boolean;
}

/**
 * Estimated advance width of a string, in px, without a DOM: CJK and full-width characters take
 * a full em, Latin letters about half. Errs wide, so a label that fits here fits when drawn (the
 * browser tests measure the real boxes). Classified by character code, not by regular
 * expressions: line breaking calls it for every word it tries, 2,000 labels at 50x data.
 */
export function textWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch.charCodeAt(0));
  return em * fontPx * 1.06;
}

/** Ems of one character by its (first) UTF-16 code unit; astral characters start with a surrogate and count as "other". */
function charEm(c: number): number {
  if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef)) return 1;
  if ((c >= 65 && c <= 90) || c === 37 || c === 38 || c === 64) return 0.68; // A-Z % & @
  if (c === 109 || c === 119) return 0.85; // m w
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 36 || c === 63 || c === 35 || c === 42) return 0.57; // a-z 0-9 $ ? # *
  if (c === 32) return 0.3;
  return 0.4;
}

const TICKER_SCALE = 0.85;
const MARK_EM = 1.1;

/** Width of one label line as drawn: name, then the smaller ticker, then the mark. */
export function lineWidth(line: LabelLine, fontPx: number): number {
  const gap = 0.3 * fontPx;
  let w = textWidth(line.text, fontPx);
  if (line.ticker) w += (line.text ? gap : 0) + textWidth(line.ticker, fontPx * TICKER_SCALE);
  if (line.mark) w += gap + MARK_EM * fontPx;
  return w;
}

/** Splits text into words that can end a line: Latin at spaces, CJK between any two characters. */
function tokens(text: string): string[] {
  return text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F][\u3000-\u303F\uFF00-\uFF0F]*|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+\s*|\s+/g) ?? [];
}

/** A word wider than the line is cut where it must be, with a hyphen, rather than overflow. */
function split(token: string, maxWidth: number, fontPx: number): string[] {
  if (textWidth(token.trimEnd(), fontPx) <= maxWidth) return [token];
  const parts: string[] = [];
  let part = '';
  for (const ch of token) {
    if (part && textWidth(`${part}${ch}-`, fontPx) > maxWidth) {
      parts.push(`${part}-`);
      part = '';
    }
    part += ch;
  }
  return [...parts, part];
}

/**
 * Greedy line breaking of a label into the width available. The ticker and mark go on the last
 * line, or on a line of their own when they do not fit beside it. Never truncates.
 */
export function wrapLabel(name: string, ticker: string | null, mark: boolean, maxWidth: number, fontPx: number): LabelLine[] {
  const lines: string[] = [];
  let current = '';
  for (const token of tokens(name).flatMap((t) => split(t, maxWidth, fontPx))) {
    const candidate = current + token;
    if (current && textWidth(candidate.trimEnd(), fontPx) > maxWidth) {
      lines.push(current.trimEnd());
      current = token.trimStart();
    } else current = candidate;
  }
  if (current.trim() || lines.length === 0) lines.push(current.trimEnd());
  const out: LabelLine[] = lines.map((text) => ({ text, ticker: null, mark: false }));
  const last = out[out.length - 1]!;
  const withTail = { ...last, ticker, mark };
  if (!ticker && !mark) return out;
  if (lineWidth(withTail, fontPx) <= maxWidth || !last.text) out[out.length - 1] = withTail;
  else out.push({ text: '', ticker, mark });
  return out;
}

/** The widest drawn line of a wrapped label. */
export function labelWidth(lines: readonly LabelLine[], fontPx: number): number {
  return Math.max(0, ...lines.map((l) => lineWidth(l, fontPx)));
}

/** The name shown on a node: the full name, or the short one where room is tight. */
export function nodeName(entity: Entity, lang: Lang, preferShort: boolean): string {
  return preferShort && entity.short ? entity.short[lang] : entity.name[lang];
}

/** Tickers show on companies only; an unverified name or ticker carries an asterisk. */
export function nodeTicker(entity: Entity): string | null {
  if (entity.kind !== 'company' || !entity.ticker) return null;
  return entity.unverified?.includes('ticker') ? `${entity.ticker}*` : entity.ticker;
}

export function isUnverifiedName(entity: Entity, lang: Lang): boolean {
  return lang === 'en' && (entity.unverified?.includes('name.en') ?? false);
}
