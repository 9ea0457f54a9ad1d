import type { Rgb } from './cvd';

const channel = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2 contrast ratio between two sRGB colours (1 to 21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const lum = ([r, g, bl]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
