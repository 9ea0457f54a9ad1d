import type { PowerPoint, PowerSeries } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import { power } from '../../i18n/power';

/** Reader-facing names of the data's enumerations, in one place for the chart, tooltip and table. */
export function kindName(kind: PowerPoint['kind'], lang: Lang): string {
  const t = power[lang];
  return { actual: t.kindActual, projection: t.kindProjection, claim: t.kindClaim, derived: t.kindDerived }[kind];
}

export function confidenceName(c: PowerPoint['confidence'], lang: Lang): string {
  const t = power[lang];
  return { high: t.confHigh, medium: t.confMedium, low: t.confLow }[c];
}

export function scenarioName(s: NonNullable<PowerSeries['scenario']>, lang: Lang): string {
  const t = power[lang];
  return { base: t.scenarioBase, 'lift-off': t.scenarioLiftOff, 'high-efficiency': t.scenarioHighEfficiency, headwinds: t.scenarioHeadwinds }[s];
}
