import type { Site } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import { numberFormat } from '../number-format';

type Investment = NonNullable<Site['investment']>;

const symbol: Record<Investment['currency'], Record<Lang, [string, string]>> = {
  // [prefix, suffix] around the number and its word for the magnitude.
  USD: { en: ['US$', ''], zh: ['', '美元'] },
  TWD: { en: ['NT$', ''], zh: ['新台幣 ', '元'] },
  MXN: { en: ['MX$', ''], zh: ['', '墨西哥披索'] },
};

function number(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumSignificantDigits: 3 }).format(value);
}

/** "US$761 million" / "7.61 億美元": three significant digits, in the reader's own magnitudes. */
export function formatMoney(amount: number, currency: Investment['currency'], lang: Lang): string {
  const [pre, post] = symbol[currency][lang];
  if (lang === 'zh') {
    const [div, word] = amount >= 1e8 ? [1e8, ' 億'] : amount >= 1e4 ? [1e4, ' 萬'] : [1, ''];
    return `${pre}${number(amount / div, lang)}${word}${post}`.replace(/^ | (?=[元])/g, '');
  }
  const [div, word] = amount >= 1e9 ? [1e9, ' billion'] : amount >= 1e6 ? [1e6, ' million'] : [1, ''];
  return `${pre}${number(amount / div, lang)}${word}${post}`;
}

/** Compact amounts for the size legend: "US$100B" / "1,000 億美元". */
export function formatMoneyShort(amountUsd: number, lang: Lang): string {
  if (lang === 'zh') return formatMoney(amountUsd, 'USD', lang);
  const [div, word] = amountUsd >= 1e9 ? [1e9, 'B'] : amountUsd >= 1e6 ? [1e6, 'M'] : [1, ''];
  return `US$${number(amountUsd / div, lang)}${word}`;
}

// One formatter, and each month formatted once: ICU date formatting costs ~0.5 ms a call, and cards
// and labels ask again on every hover.
const monthFormat = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const englishMonths = new Map<string, string>();

/** "Mar 2025" / "2025 年 3 月" from YYYY-MM. */
export function formatMonth(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number);
  if (lang === 'zh') return `${y} 年 ${m} 月`;
  let text = englishMonths.get(month);
  if (text === undefined) englishMonths.set(month, (text = monthFormat.format(Date.UTC(y ?? 2000, (m ?? 1) - 1, 1))));
  return text;
}
