import { formatNumber } from '../../model/number-format';

/** A measured value with its unit, as both languages write numbers (formatNumber). */
export function formatValue(value: number, unit: string | null): string {
  const n = formatNumber(value, { fraction: 2 });
  return unit ? `${n} ${unit}` : n;
}
