import type { Site } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import { formatNumber } from '../number-format';

type Investment = NonNullable<Site['investment']>;

const symbol: Record<Investment['currency'], Record<Lang, [string, string]>> = {
  // [prefix, suffix] around the number and its word for the magnitude.
  USD: { en: ['US$', ''], zh: ['', '美元'] },
  TWD: { en: ['NT$', ''], zh: ['新台幣 ', '元'] },
  MXN: { en: ['MX$', ''], zh: ['', '墨西哥披索'] },
};

function number(value: number): string {
  return formatNumber(value, { significant: 3 });
}

/** "US$761 million" / "7.61 億美元": three significant digits, in the reader's own magnitudes. */
export function formatMoney(amount: number, currency: Investment['currency'], lang: Lang): string {
  const [pre, post] = symbol[currency][lang];
  if (lang === 'zh') {
    const [div, word] = amount >= 1e8 ? [1e8, ' 億'] : amount >= 1e4 ? [1e4, ' 萬'] : [1, ''];
    return `${pre}${number(amount / div)}${word}${post}`.replace(/^ | (?=[元])/g, '');
  }
  const [div, word] = amount >= 1e9 ? [1e9, ' billion'] : amount >= 1e6 ? [1e6, ' million'] : [1, ''];
  return `${pre}${number(amount / div)}${word}${post}`;
}

/** Compact amounts for the size legend: "US$100B" / "1,000 億美元". */
export function formatMoneyShort(amountUsd: number, lang: Lang): string {
  if (lang === 'zh') return formatMoney(amountUsd, 'USD', lang);
  const [div, word] = amountUsd >= 1e9 ? [1e9, 'B'] : amountUsd >= 1e6 ? [1e6, 'M'] : [1, ''];
  return `US$${number(amountUsd / div)}${word}`;
}

// Fixed English abbreviations rather than Intl.DateTimeFormat: building that formatter loads ICU's
// date data, 15-20 ms on the main thread of a fresh page, which every load paid as this chunk was
// evaluated (in Chinese too, where it is never used).
const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 2025" / "2025 年 3 月" from YYYY-MM. */
export function formatMonth(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number);
  return lang === 'zh' ? `${y} 年 ${m} 月` : `${englishMonths[(m ?? 1) - 1]} ${y}`;
}
