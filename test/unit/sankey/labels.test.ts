import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dodge } from '../../../src/lib/model/sankey/dodge';
import { labelWidth, textWidth, wrapLabel } from '../../../src/lib/model/sankey/labels';

describe('textWidth', () => {
  it('gives CJK a full em and Latin about half', () => {
    expect(textWidth('台積電', 10)).toBeGreaterThan(textWidth('TSM', 10));
    expect(textWidth('台積電', 10)).toBeCloseTo(31.8, 1);
  });
  it('weighs every character as the character classes it was written with', () => {
    // The classes as first written, one regular expression each, in this order.
    const reference = (text: string, fontPx: number) => {
      let em = 0;
      for (const ch of text) {
        if (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch)) em += 1;
        else if (/[A-Z%&@]/.test(ch)) em += 0.68;
        else if (/[mwMW]/.test(ch)) em += 0.85;
        else if (/[a-z0-9$?#*]/.test(ch)) em += 0.57;
        else if (ch === ' ') em += 0.3;
        else em += 0.4;
      }
      return em * fontPx * 1.06;
    };
    const samples = 'aMmWw Zz09$?#*%&@!-·.,()（）台積電「」、。ＡＢ가😀\u2E7F\u2E80\u9FFF\uA000\uF8FF\uF900\uFAFF\uFB00\uFEFF\uFF00\uFFEF\uFFF0\t';
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...samples), fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c))), { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (chars, fontPx) => {
        const text = chars.join('');
        expect(textWidth(text, fontPx)).toBe(reference(text, fontPx));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wrapLabel', () => {
  it('keeps a label that fits on one line, with its ticker and mark', () => {
    expect(wrapLabel('NVIDIA', 'NVDA', true, 200, 12)).toEqual([{ text: 'NVIDIA', ticker: 'NVDA', mark: true }]);
  });
  it('breaks Latin at spaces and CJK anywhere, never wider than the lane', () => {
    for (const name of ['Taiwan Semiconductor Manufacturing Company', '台灣積體電路製造股份有限公司', 'Counter-measures-and-more-hyphenated-words']) {
      const lines = wrapLabel(name, '2330.TW', false, 70, 12);
      expect(lines.length).toBeGreaterThan(1);
      expect(labelWidth(lines, 12)).toBeLessThanOrEqual(70);
      expect(lines.map((l) => l.text).join('').replace(/-/g, '').replace(/\s/g, '')).toBe(name.replace(/-/g, '').replace(/\s/g, ''));
    }
  });
  it('puts the ticker on a line of its own when it does not fit beside the name', () => {
    const lines = wrapLabel('Quanta', '2382.TW', false, 50, 12);
    expect(lines).toEqual([
      { text: 'Quanta', ticker: null, mark: false },
      { text: '', ticker: '2382.TW', mark: false },
    ]);
  });
});

describe('dodge', () => {
  const overlaps = (ys: number[], hs: number[]) => ys.some((y, i) => i > 0 && y - hs[i]! / 2 < ys[i - 1]! + hs[i - 1]! / 2 - 1e-9);
  it('leaves labels that do not collide where they are', () => {
    expect(dodge([{ y: 10, h: 10 }, { y: 30, h: 10 }], 0, 100)).toEqual([10, 30]);
  });
  it('spreads a crowd around the mean of its wishes', () => {
    expect(dodge([{ y: 50, h: 10 }, { y: 50, h: 10 }, { y: 50, h: 10 }], 0, 100)).toEqual([40, 50, 60]);
  });
  it('keeps a crowd inside the bounds', () => {
    const ys = dodge([{ y: 0, h: 10 }, { y: 1, h: 10 }, { y: 99, h: 10 }, { y: 100, h: 10 }], 0, 100);
    expect(ys).toEqual([5, 15, 85, 95]);
  });
  it('never overlaps, on random input', () => {
    let seed = 3;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let trial = 0; trial < 50; trial++) {
      const items = Array.from({ length: 20 }, () => ({ y: rand() * 300, h: 8 + rand() * 20 })).sort((a, b) => a.y - b.y);
      const ys = dodge(items, 0, 600);
      expect(overlaps(ys, items.map((i) => i.h))).toBe(false);
      ys.forEach((y, i) => {
        expect(y - items[i]!.h / 2).toBeGreaterThanOrEqual(-1e-9);
        expect(y + items[i]!.h / 2).toBeLessThanOrEqual(600 + 1e-9);
      });
    }
  });
});
