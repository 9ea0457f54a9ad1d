import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, intlOptions, type Digits } from '../../../src/lib/model/number-format';

const digits: fc.Arbitrary<Digits> = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((significant) => ({ significant })),
  fc.integer({ min: 0, max: 3 }).chain((fraction) => fc.integer({ min: 0, max: fraction }).map((minFraction) => ({ fraction, minFraction }))),
);
// Values as data files write them: a few decimals, from fractions to trillions, either sign.
const value = fc.oneof(
  fc.double({ noNaN: true }),
  fc.tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 4 })).map(([n, d]) => n / 10 ** d),
);

describe('formatNumber', () => {
  it('writes what Intl.NumberFormat writes in both languages', () => {
    fc.assert(
      fc.property(value, digits, (v, d) => {
        const mine = formatNumber(v, d);
        for (const tag of ['en', 'zh-Hant-TW']) {
          const intl = new Intl.NumberFormat(tag, intlOptions(d)).format(v);
          expect(mine).toBe(intl);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds a written tie away from zero, as it reads', () => {
    expect(formatNumber(1.005, { fraction: 2 })).toBe('1.01');
    expect(formatNumber(2.675, { fraction: 2 })).toBe('2.68');
    expect(formatNumber(-12345.65, { fraction: 1 })).toBe('-12,345.7');
    expect(formatNumber(99950, { significant: 3 })).toBe('100,000');
  });

  it('keeps the decimals asked for and drops the rest', () => {
    expect(formatNumber(9, { fraction: 1, minFraction: 1 })).toBe('9.0');
    expect(formatNumber(1.5, { fraction: 2 })).toBe('1.5');
    expect(formatNumber(0.000123456, { significant: 3 })).toBe('0.000123');
    expect(formatNumber(-0.001, { fraction: 2 })).toBe('0');
  });
});
