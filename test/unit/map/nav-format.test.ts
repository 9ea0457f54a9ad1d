import { describe, expect, it } from 'vitest';
import { navOrder, stepFocus } from '../../../src/lib/model/map/nav';
import { formatMoney, formatMonth } from '../../../src/lib/model/map/format';

describe('keyboard order', () => {
  const order = navOrder([
    { id: 'houston', x: 300, y: 200 },
    { id: 'phoenix', x: 100, y: 100 },
    { id: 'juarez', x: 180, y: 150 },
    { id: 'peoria', x: 100, y: 90 },
  ]);

  it('runs west to east, north before south', () => {
    expect(order).toEqual(['peoria', 'phoenix', 'juarez', 'houston']);
  });

  it('visits every mark with the arrow keys and stops at the ends', () => {
    const seen = [order[0]];
    let id: string | null = order[0]!;
    for (let i = 0; i < order.length + 2; i++) {
      id = stepFocus(order, id, 'ArrowRight');
      seen.push(id!);
    }
    expect(new Set(seen)).toEqual(new Set(order));
    expect(id).toBe('houston');
    expect(stepFocus(order, 'juarez', 'ArrowUp')).toBe('phoenix');
    expect(stepFocus(order, 'juarez', 'Home')).toBe('peoria');
    expect(stepFocus(order, 'juarez', 'End')).toBe('houston');
    expect(stepFocus(order, 'juarez', 'x')).toBeNull();
    expect(stepFocus([], null, 'ArrowRight')).toBeNull();
  });
});

describe('formatting', () => {
  it('writes money in each language’s own magnitudes', () => {
    expect(formatMoney(761e6, 'USD', 'en')).toBe('US$761 million');
    expect(formatMoney(165e9, 'USD', 'en')).toBe('US$165 billion');
    expect(formatMoney(761e6, 'USD', 'zh')).toBe('7.61 億美元');
    expect(formatMoney(165e9, 'USD', 'zh')).toBe('1,650 億美元');
    expect(formatMoney(62.5e6, 'USD', 'zh')).toBe('6,250 萬美元');
    expect(formatMoney(3e9, 'TWD', 'zh')).toBe('新台幣 30 億元');
  });

  it('writes months', () => {
    expect(formatMonth('2025-07', 'en')).toBe('Jul 2025');
    expect(formatMonth('2025-07', 'zh')).toBe('2025 年 7 月');
  });

  it('writes every English month as Intl would', () => {
    const intl = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++) expect(formatMonth(`2024-${String(m).padStart(2, '0')}`, 'en')).toBe(intl.format(Date.UTC(2024, m - 1, 1)));
  });
});
