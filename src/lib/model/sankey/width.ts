import type { FlowLink } from '../../data/schema';

/**
 * What a link's width stands for. Measured only when every link has a value in one and the same
 * unit; otherwise every link counts 1, so magnitudes in different units (or a measured value beside
 * an unmeasured link) are never mixed in one scale. `units` lists the units left out of the widths,
 * so the legend can say so.
 */
export type WidthScale = { mode: 'measured'; unit: string } | { mode: 'count'; units: string[] };

export function widthScale(links: readonly Pick<FlowLink, 'value' | 'unit'>[]): WidthScale {
  const units = [...new Set(links.flatMap((l) => (l.value !== null && l.unit !== null ? [l.unit] : [])))];
  const allMeasured = links.length > 0 && links.every((l) => l.value !== null && l.unit !== null);
  if (allMeasured && units.length === 1) return { mode: 'measured', unit: units[0]! };
  return { mode: 'count', units };
}

export function linkWeight(scale: WidthScale, link: Pick<FlowLink, 'value'>): number {
  return scale.mode === 'measured' && link.value !== null ? link.value : 1;
}
