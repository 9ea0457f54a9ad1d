import { sqrtScale, type NumberScale } from '../number-scale';
import type { Site, SiteRole } from '../../data/schema';

type Investment = NonNullable<Site['investment']>;

/** Radius below which a circle stops reading as a mark; legend and table say so. */
export const MIN_RADIUS = 3;
/** Undisclosed amounts: a hollow ring of a fixed, neutral size (not a claim about the amount). */
export const HOLLOW_RADIUS = 5;

/**
 * Sizes compare amounts in one currency. Non-USD amounts are converted at these fixed, stated
 * rates (the legend names them when any such amount is drawn); the card shows the original.
 */
export const USD_PER_UNIT: Readonly<Record<Investment['currency'], number>> = { USD: 1, TWD: 1 / 32, MXN: 1 / 18 };

export function inUsd(investment: Investment): number {
  return investment.amount * USD_PER_UNIT[investment.currency];
}

/** Area ∝ amount: a square-root scale from zero, so a circle twice the area means twice the money. */
export function sizeScale(sites: readonly Site[], maxRadius: number): NumberScale {
  let max = 0;
  for (const s of sites) if (s.investment) max = Math.max(max, inUsd(s.investment));
  return sqrtScale([0, max || 1], [0, maxRadius]);
}

export function markerRadius(scale: NumberScale, site: Pick<Site, 'investment'>): number {
  return site.investment ? Math.max(MIN_RADIUS, scale(inUsd(site.investment))) : HOLLOW_RADIUS;
}

/** Up to three round amounts for the size legend (each a tenth of the next), all above the floor. */
export function legendAmounts(scale: NumberScale): number[] {
  const max = scale.domain()[1] ?? 0;
  if (max <= 1) return [];
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const top = Math.floor(max / magnitude) * magnitude;
  return [top, top / 10, top / 100].filter((v) => scale(v) >= MIN_RADIUS);
}

/** Role colours: the Okabe–Ito tokens, one per role, in schema order. */
export const roleColour: Readonly<Record<SiteRole, string>> = {
  foundry: 'var(--cat-1)',
  server: 'var(--cat-2)',
  packaging: 'var(--cat-3)',
  air: 'var(--cat-4)',
  power: 'var(--cat-5)',
  cooling: 'var(--cat-6)',
  chip: 'var(--cat-7)',
};
