import type { PowerSeries } from '../../data/schema';

/** Scenario colours are fixed so a scenario reads the same in both units and both languages. */
const scenarioColour: Record<NonNullable<PowerSeries['scenario']>, string> = {
  base: 'var(--cat-1)',
  'lift-off': 'var(--cat-2)',
  'high-efficiency': 'var(--cat-3)',
  headwinds: 'var(--cat-5)',
};
const others = ['var(--cat-1)', 'var(--cat-4)', 'var(--cat-6)', 'var(--cat-7)'];

/**
 * A series' colour (a design token): by scenario; a series made only of claims in the claim colour;
 * the rest in turn from the categorical palette, per panel and unit (the series drawn together).
 */
type Coloured = Pick<PowerSeries, 'id' | 'scenario' | 'panel' | 'unit' | 'points'>;

export function seriesColour(series: Coloured, all: readonly Coloured[]): string {
  if (series.scenario) return scenarioColour[series.scenario];
  if (series.points.every((p) => p.kind === 'claim')) return 'var(--claim)';
  const plain = all.filter((s) => s.panel === series.panel && s.unit === series.unit && !s.scenario && !s.points.every((p) => p.kind === 'claim'));
  return others[Math.max(0, plain.findIndex((s) => s.id === series.id)) % others.length]!;
}
