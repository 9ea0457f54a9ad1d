/**
 * Colour-vision-deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0, applied
 * in linear sRGB) and CIE76 colour distance, to check that the categorical palette stays
 * distinguishable for protanopia, deuteranopia and tritanopia. Hand-written: the matrices are
 * the published ones, and no small well-kept package does this without a colour framework.
 */
export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';
type Matrix = readonly [number, number, number, number, number, number, number, number, number];

const machado: Record<Deficiency, Matrix> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

export type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (v: number) => {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

export function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  const m = machado[deficiency];
  return [toSrgb(m[0] * r + m[1] * g + m[2] * b), toSrgb(m[3] * r + m[4] * g + m[5] * b), toSrgb(m[6] * r + m[7] * g + m[8] * b)];
}

function toLab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE between two sRGB colours. */
export function deltaE(a: Rgb, b: Rgb): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** The closest pair of a palette as seen with a deficiency (or with typical vision when null). */
export function closestPair(hexes: readonly string[], deficiency: Deficiency | null): { a: string; b: string; distance: number } {
  const seen = hexes.map((h) => (deficiency ? simulate(hexToRgb(h), deficiency) : hexToRgb(h)));
  let best = { a: '', b: '', distance: Infinity };
  for (let i = 0; i < hexes.length; i++) {
    for (let j = i + 1; j < hexes.length; j++) {
      const distance = deltaE(seen[i]!, seen[j]!);
      if (distance < best.distance) best = { a: hexes[i]!, b: hexes[j]!, distance };
    }
  }
  return best;
}
