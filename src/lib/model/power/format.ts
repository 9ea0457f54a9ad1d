import { langTag, type Lang } from '../../i18n/lang';
import type { Bound } from './series';

const boundMark: Record<Bound, string> = { about: '≈', above: '>', below: '<' };

/**
 * A value as a reader should see it: with its bound (≈, >, <) and unit. Computed shares are given to
 * one decimal (the precision the inputs support); reported figures keep the precision they were given.
 */
export function formatValue(
  value: number | null,
  unit: 'TWh' | '%',
  lang: Lang,
  opts: { bound?: Bound | undefined; computed?: boolean; unknown: string },
): string {
  if (value === null) return opts.unknown;
  const digits = opts.computed ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : { maximumFractionDigits: 2 };
  const n = new Intl.NumberFormat(langTag[lang], digits).format(value);
  const mark = opts.bound ? boundMark[opts.bound] : '';
  return unit === '%' ? `${mark}${n}%` : `${mark}${n} TWh`;
}

/** Axis tick text: no unit for TWh (the axis title says it), a % sign for shares. */
export function formatTick(value: number, unit: 'TWh' | '%', lang: Lang): string {
  const n = new Intl.NumberFormat(langTag[lang], { maximumFractionDigits: 1 }).format(value);
  return unit === '%' ? `${n}%` : n;
}
