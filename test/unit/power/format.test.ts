import { describe, expect, it } from 'vitest';
import { formatLabel, formatMoney, formatTick, formatValue } from '../../../src/lib/model/power/format';

const unknown = 'unknown';

describe('formatValue', () => {
  it('shows bounds and units', () => {
    expect(formatValue(415, 'TWh', { bound: 'about', unknown })).toBe('≈415 TWh');
    expect(formatValue(1200, 'TWh', { unknown })).toBe('1,200 TWh');
    expect(formatValue(20, 'TWh', { bound: 'above', unknown })).toBe('>20 TWh');
    expect(formatValue(2, '%', { bound: 'below', unknown })).toBe('<2%');
    expect(formatValue(12.5, '%', { unknown })).toBe('12.5%');
  });

  it('gives computed shares one decimal, even when it is zero', () => {
    expect(formatValue((25.55 / 283.82) * 100, '%', { computed: true, unknown })).toBe('9.0%');
  });

  it('says unknown for a missing value', () => {
    expect(formatValue(null, '%', { unknown: '未知' })).toBe('未知');
  });
});

describe('formatTick', () => {
  it('leaves the unit of TWh ticks to the axis title', () => {
    expect(formatTick(1500, 'TWh')).toBe('1,500');
    expect(formatTick(20, '%')).toBe('20%');
  });
});

describe('formatMoney', () => {
  it('writes NT$ billions in English and 億元 in Chinese', () => {
    expect(formatMoney({ value: 564.5e9, currency: 'TWD' }, 'en')).toBe('NT$564.5 bn');
    expect(formatMoney({ value: 564.5e9, currency: 'TWD' }, 'zh')).toBe('新台幣 5,645 億元');
    expect(formatMoney({ value: 1.69e9, currency: 'TWD' }, 'en')).toBe('NT$1.69 bn');
  });
});

describe('formatLabel', () => {
  it('drops the TWh unit (the axis names it) but keeps the % sign and bounds', () => {
    expect(formatLabel(1700, 'TWh', { bound: 'about' })).toBe('≈1,700');
    expect(formatLabel((25.55 / 283.82) * 100, '%', { computed: true })).toBe('9.0%');
  });
});
