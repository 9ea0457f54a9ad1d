/**
 * fast-check arbitraries for the dataset contract: `validDataset()` produces small datasets that
 * satisfy every schema and cross-file check (ids prefixed by kind so they never collide).
 * Shared by the property tests and the browser test that renders a few samples.
 */
import fc from 'fast-check';
import type { DatasetFiles, Manifest } from '../../../src/lib/data/schema';
import { entityKinds, siteRoles, viewIds } from '../../../src/lib/data/keys';

const text = fc.string({ maxLength: 40 });
const local = fc.record({ zh: text, en: text });
const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const lat = fc.double({ min: -90, max: 90, noNaN: true });
const lon = fc.double({ min: -180, max: 180, noNaN: true });
const month = fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const confidence = fc.constantFrom('high', 'medium', 'low' as const);

/** A non-empty sub-list of `ids` (or possibly empty when `min` is 0). */
const someOf = (ids: string[], min = 1) => fc.subarray(ids, { minLength: Math.min(min, ids.length), maxLength: Math.min(4, ids.length) });
const ids = (prefix: string, n: number, names: string[]) => Array.from({ length: n }, (_, i) => `${prefix}${i}-${names[i] ?? 'x'}`);

export type GeneratedDataset = DatasetFiles & { manifest: Manifest };

export function validDataset(): fc.Arbitrary<GeneratedDataset> {
  return fc
    .record({
      chapters: fc.integer({ min: 1, max: 3 }),
      companies: fc.integer({ min: 2, max: 6 }),
      others: fc.integer({ min: 0, max: 3 }),
      sources: fc.integer({ min: 1, max: 5 }),
      names: fc.array(word, { minLength: 8, maxLength: 8 }),
    })
    .chain(({ chapters: nc, companies: nk, others: no, sources: ns, names }) => {
      const chapterIds = ids('ch', nc, names);
      const companyIds = ids('co', nk, names);
      const otherIds = ids('ot', no, names);
      const sourceIds = ids('src', ns, names);
      const entityIds = [...companyIds, ...otherIds];
      const hq = fc.option(fc.record({ lat, lon, place: local, approx: fc.boolean() }), { nil: null });
      const entities = fc
        .tuple(
          fc.tuple(...chapterIds.map(() => fc.record({ name: local, sources: someOf(sourceIds, 0) }))),
          fc.tuple(...companyIds.map(() => fc.record({ name: local, hq, chapters: someOf(chapterIds, 0), sources: someOf(sourceIds, 0) }))),
          fc.array(fc.record({ kind: fc.constantFrom(...entityKinds.filter((k) => k !== 'chapter' && k !== 'company')), name: local, chapters: someOf(chapterIds, 0), sources: someOf(sourceIds, 0) }), { minLength: no, maxLength: no }),
          fc.boolean(),
        )
        .map(([chs, cos, ots, withHq]) => [
          ...chs.map((c, i) => ({ id: chapterIds[i]!, kind: 'chapter' as const, name: c.name, ticker: null, exchange: null, country: null, hq: null, order: i + 1, chapters: [], sources: c.sources })),
          ...cos.map((c, i) => ({
            id: companyIds[i]!,
            kind: 'company' as const,
            name: c.name,
            ticker: null,
            exchange: null,
            country: 'TW',
            // The first company always has an hq, so a site can take it as its arc's origin.
            hq: i === 0 && withHq ? { lat: 24.77, lon: 121.01, place: c.name, approx: true } : c.hq,
            chapters: c.chapters,
            sources: c.sources,
          })),
          ...ots.map((o, i) => ({ id: otherIds[i]!, kind: o.kind, name: o.name, ticker: null, exchange: null, country: null, hq: null, chapters: o.chapters, sources: o.sources })),
        ]);
      return entities.chain((entityList) => {
        const withHq = entityList.filter((e) => e.hq !== null).map((e) => e.id);
        const site = (id: string) =>
          fc.record({
            id: fc.constant(id),
            entity: fc.constantFrom(...companyIds),
            facility: fc.option(local, { nil: null }),
            city: local,
            region: local,
            country: fc.constantFrom('US', 'MX', 'CA', 'TW'),
            lat,
            lon,
            approx: fc.boolean(),
            role: fc.constantFrom(...siteRoles),
            investment: fc.option(fc.record({ amount: fc.integer({ min: 0, max: 2e11 }), currency: fc.constantFrom('USD', 'TWD', 'MXN' as const) }), { nil: null }),
            announced: fc.option(month, { nil: null }),
            status: fc.constantFrom('announced', 'construction', 'operating', 'planned' as const),
            statusNote: local,
            origin: withHq.length ? fc.option(fc.constantFrom(...withHq), { nil: null }) : fc.constant(null),
            confidence,
            chapters: someOf(chapterIds, 0),
            sources: someOf(sourceIds),
          });
        const nodeIds = fc.subarray(entityIds, { minLength: 2, maxLength: entityIds.length });
        // Links run left to right (an earlier column to a later one), as a Sankey draws them.
        const flows = nodeIds.chain((nodes) =>
          fc.tuple(...nodes.map(() => fc.integer({ min: 0, max: 6 }))).chain((columns) => {
            const column = new Map(nodes.map((id, i) => [id, columns[i]!]));
            const pairs = nodes.flatMap((a) => nodes.filter((b) => column.get(a)! < column.get(b)!).map((b) => [a, b] as const));
            return fc.record({
              widthMeaning: local,
              nodes: fc.constant(nodes.map((id) => ({ id, column: column.get(id)! }))),
              links: pairs.length
                ? fc.uniqueArray(
                    fc
                      .tuple(fc.constantFrom(...pairs), fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }), local, someOf(chapterIds), someOf(sourceIds))
                      .map(([[source, target], value, note, chapters, sources]) => ({ source, target, value, unit: value === null ? null : 'units', note, chapters, sources })),
                    { maxLength: 8, selector: (l) => `${l.source}->${l.target}` },
                  )
                : fc.constant([]),
            });
          }),
        );
        const point = fc.record({ value: fc.option(fc.double({ min: 0, max: 5000, noNaN: true }), { nil: null }), kind: fc.constantFrom('actual', 'projection', 'claim', 'derived' as const), confidence, sources: someOf(sourceIds) });
        const series = (id: string) =>
          fc.record({
            id: fc.constant(id),
            label: local,
            unit: fc.constantFrom('TWh', '%' as const),
            panel: fc.constantFrom('global', 'taiwan' as const),
            measure: fc.constantFrom('dc-electricity', 'grid'),
            scenario: fc.constantFrom(null, 'base', 'lift-off', 'high-efficiency', 'headwinds' as const),
            entity: fc.option(fc.constantFrom(...entityIds), { nil: null }),
            chapters: someOf(chapterIds, 0),
            points: fc.uniqueArray(fc.tuple(fc.integer({ min: 2000, max: 2040 }), point), { minLength: 1, maxLength: 5, selector: ([y]) => y }).map((ps) => ps.sort(([a], [b]) => a - b).map(([year, p]) => ({ year, ...p }))),
            sources: someOf(sourceIds),
          });
        const annotation = (id: string) =>
          fc.record({
            id: fc.constant(id),
            kind: fc.constantFrom('period', 'claim', 'note' as const),
            panel: fc.constantFrom('global', 'taiwan' as const),
            from: fc.constant(2022),
            to: fc.option(fc.integer({ min: 2022, max: 2035 }), { nil: null }),
            label: local,
            body: local,
            amount: fc.constant(null),
            entities: someOf(entityIds, 0),
            chapters: someOf(chapterIds, 0),
            sources: someOf(sourceIds),
          });
        const scene = (id: string) =>
          fc.record({
            id: fc.constant(id),
            title: local,
            body: local,
            notes: local,
            views: fc.subarray([...viewIds], { minLength: 1 }),
            selection: fc.option(fc.constantFrom(...entityIds), { nil: null }),
            chapter: fc.option(fc.constantFrom(...chapterIds), { nil: null }),
            framing: fc.constantFrom(null, 'pacific', 'corridor' as const),
          });
        return fc.record({
          manifest: fc.record({ name: local, version: fc.constant('1.0.0'), files: fc.constant({ entities: 'entities.json', sources: 'sources.json', sites: 'sites.json', flows: 'flows.json', power: 'power.json', story: 'story.json' }) }),
          entities: fc.constant({ entities: entityList }),
          sources: fc.tuple(...sourceIds.map((id) => fc.record({ id: fc.constant(id), title: text, publisher: text, url: fc.option(fc.webUrl({ validSchemes: ['https'] }), { nil: null }), date: fc.option(month, { nil: null }) }))).map((sources) => ({ sources })),
          sites: fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(...ids('site', n, names).map(site))).map((sites) => ({ sites })),
          flows,
          power: fc.record({
            series: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...ids('ps', n, names).map(series))),
            annotations: fc.integer({ min: 0, max: 2 }).chain((n) => fc.tuple(...ids('pa', n, names).map(annotation))),
          }),
          story: fc.record({ title: local, scenes: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...ids('sc', n, names).map(scene))) }),
        }) as fc.Arbitrary<GeneratedDataset>;
      });
    });
}
