import type { Lang } from '../../i18n/lang';
import { formatNumber } from '../../model/number-format';

/** A measured value with its unit, in the reader's number format. */
export function formatValue(value: number, unit: string | null, lang: Lang): string {
  const n = formatNumber(value, { fraction: 2 });
  return unit ? `${n} ${unit}` : n;
}
