import type { Lang } from '../../i18n/lang';
import { numberFormat } from '../../model/number-format';

/** A measured value with its unit, in the reader's number format. */
export function formatValue(value: number, unit: string | null, lang: Lang): string {
  const n = numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
  return unit ? `${n} ${unit}` : n;
}
