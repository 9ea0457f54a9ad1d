import type { Lang } from '../../i18n/lang';
import { formatNumber } from '../number-format';
import type { Bound } from './series';

const boundMark: Record<Bound, string> = { about: '≈', above: '>', below: '<' };

/**
 * A value as a reader should see it: with its bound (≈, >, <) and unit. Computed shares are given to
 * one decimal (the precision the inputs support); reported figures keep the precision they were given.
 */
export function formatValue(value: number | null, unit: 'TWh' | '%', opts: { bound?: Bound | undefined; computed?: boolean; unknown: string }): string {
  if (value === null) return opts.unknown;
  const n = formatNumber(value, opts.computed ? { fraction: 1, minFraction: 1 } : { fraction: 2 });
  const mark = opts.bound ? boundMark[opts.bound] : '';
  return unit === '%' ? `${mark}${n}%` : `${mark}${n} TWh`;
}

/** Axis tick text: no unit for TWh (the axis title says it), a % sign for shares. */
export function formatTick(value: number, unit: 'TWh' | '%'): string {
  const n = formatNumber(value, { fraction: 1 });
  return unit === '%' ? `${n}%` : n;
}

/**
 * A plan's amount as each language writes it: NT$ billions in English, 億元 (10⁸) in Chinese.
 */
export function formatMoney(amount: { value: number; currency: 'USD' | 'TWD' }, lang: Lang): string {
  const nf = (v: number, digits: number) => formatNumber(v, { fraction: digits });
  if (lang === 'zh') return `${amount.currency === 'TWD' ? '新台幣' : '美元'} ${nf(amount.value / 1e8, 1)} 億元`;
  return `${amount.currency === 'TWD' ? 'NT$' : 'US$'}${nf(amount.value / 1e9, 2)} bn`;
}

/** A direct label on the chart: like formatValue, but TWh values leave the unit to the axis title. */
export function formatLabel(value: number, unit: 'TWh' | '%', opts: { bound?: Bound | undefined; computed?: boolean }): string {
  const text = formatValue(value, unit, { ...opts, unknown: '' });
  return unit === 'TWh' ? text.replace(/ TWh$/, '') : text;
}
