import type { LocalText } from '../data/schema';

export type Lang = 'zh' | 'en';
export const langs: readonly Lang[] = ['zh', 'en'];
/** BCP 47 tags for the `lang` attribute and Intl. */
export const langTag: Record<Lang, string> = { zh: 'zh-Hant-TW', en: 'en' };

/** Default from the browser: any Chinese preference gets zh-TW, everything else English. */
export function browserLang(languages: readonly string[] | undefined): Lang {
  const first = languages?.find((l) => /^(zh|en)\b/i.test(l));
  return first && /^zh/i.test(first) ? 'zh' : 'en';
}

export function local(text: LocalText, lang: Lang): string {
  return text[lang];
}

export type Dict<K extends string> = Record<Lang, Record<K, string>>;

/** Fills {name} placeholders; values are text, never markup. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
