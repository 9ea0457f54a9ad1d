import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closestPair, deltaE, hexToRgb, simulate } from '../../../src/lib/model/colour/cvd';
import { contrastRatio } from '../../../src/lib/model/colour/contrast';

/** The categorical palette as the stylesheet defines it: light and dark values of --cat-1..7. */
const css = readFileSync(new URL('../../../src/app.css', import.meta.url), 'utf8');
function palette(): { light: string[]; dark: string[] } {
  const pairs = [...css.matchAll(/--cat-\d: light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/gi)];
  return { light: pairs.map((m) => m[1]!), dark: pairs.map((m) => m[2]!) };
}
function token(name: string): { light: string; dark: string } {
  const m = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`, 'i').exec(css);
  return { light: m![1]!, dark: m![2]! };
}

describe('colour-vision simulation', () => {
  it('leaves grey unchanged and collapses red/green for deuteranopia', () => {
    expect(deltaE(simulate(hexToRgb('#808080'), 'deuteranopia'), hexToRgb('#808080'))).toBeLessThan(1);
    const red = simulate(hexToRgb('#ff0000'), 'deuteranopia');
    const green = simulate(hexToRgb('#00ff00'), 'deuteranopia');
    expect(deltaE(red, green)).toBeLessThan(deltaE(hexToRgb('#ff0000'), hexToRgb('#00ff00')) / 2);
  });
});

describe('the categorical palette', () => {
  const { light, dark } = palette();
  it('has seven colours per theme', () => {
    expect(light).toHaveLength(7);
    expect(dark).toHaveLength(7);
  });
  it('gives every mark colour at least 3:1 against the surface it is drawn on, in both themes', () => {
    const surface = token('surface');
    expect(contrastRatio(hexToRgb('#777777'), hexToRgb('#ffffff'))).toBeCloseTo(4.48, 1);
    for (const c of light) expect(contrastRatio(hexToRgb(c), hexToRgb(surface.light)), c).toBeGreaterThanOrEqual(3);
    for (const c of dark) expect(contrastRatio(hexToRgb(c), hexToRgb(surface.dark)), c).toBeGreaterThanOrEqual(3);
  });
  for (const [theme, colours] of [['light', light], ['dark', dark]] as const) {
    for (const deficiency of [null, 'protanopia', 'deuteranopia', 'tritanopia'] as const) {
      it(`keeps every pair apart in the ${theme} theme for ${deficiency ?? 'typical vision'}`, () => {
        const pair = closestPair(colours, deficiency);
        expect(pair.distance).toBeGreaterThan(10);
      });
    }
  }
});
