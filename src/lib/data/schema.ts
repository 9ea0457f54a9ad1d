/**
 * The dataset contract: one valibot schema per file; the TypeScript types are inferred from them
 * and the published JSON Schema (scripts/write-json-schema.mjs) is generated from them too.
 */
import * as v from 'valibot';
import { entityKinds, siteRoles, viewIds } from './keys.ts';

export type { DatasetFileKey, ViewId } from './keys.ts';

const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case slug (a-z, 0-9, -)'),
  v.maxLength(80),
);
const text = v.pipe(v.string(), v.maxLength(2000));
const shortText = v.pipe(v.string(), v.maxLength(200));

/** Every reader-facing string exists in both languages. */
export const LocalText = v.strictObject({ zh: text, en: text });

const sourceIds = v.pipe(v.array(slug), v.minLength(1, 'at least one source id'));
const chapterIds = v.array(slug);
const yearMonth = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a date as YYYY-MM'));
const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
);
const latitude = v.pipe(v.number(), v.minValue(-90, 'a number between -90 and 90'), v.maxValue(90, 'a number between -90 and 90'));
const longitude = v.pipe(v.number(), v.minValue(-180, 'a number between -180 and 180'), v.maxValue(180, 'a number between -180 and 180'));
const confidence = v.picklist(['high', 'medium', 'low']);
const year = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100));
const httpUrl = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i, 'an http(s) URL'));

/**
 * Where the article's figure and the record differ, both are kept: the views, the fact-check
 * panel and the exports all read this one shape.
 */
export const Claim = v.strictObject({
  id: slug,
  topic: LocalText,
  article: v.strictObject({ value: v.nullable(v.number()), text: LocalText }),
  record: v.strictObject({ value: v.nullable(v.number()), text: LocalText }),
  unit: v.nullable(shortText),
  verdict: v.picklist(['differs', 'swapped', 'outdated', 'misattributed', 'unverified', 'estimate']),
  note: LocalText,
  sources: sourceIds,
});

export const Source = v.strictObject({
  id: slug,
  title: text,
  publisher: shortText,
  url: v.nullable(httpUrl),
  date: v.nullable(isoDate),
  lang: v.optional(v.picklist(['zh', 'en', 'ja', 'other'])),
});
export const SourcesFile = v.strictObject({ sources: v.pipe(v.array(Source), v.minLength(1)) });

export const Entity = v.strictObject({
  id: slug,
  kind: v.picklist(entityKinds),
  name: LocalText,
  /** Short label for tight spaces (map labels, Sankey nodes on a phone). */
  short: v.optional(LocalText),
  ticker: v.nullable(shortText),
  exchange: v.nullable(shortText),
  country: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'))),
  hq: v.nullable(
    v.strictObject({ lat: latitude, lon: longitude, place: LocalText, approx: v.boolean() }),
  ),
  /** For chapters: their order in the article (1-based). */
  order: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  chapters: chapterIds,
  note: v.optional(LocalText),
  /** Names that are not verified against a primary source (e.g. an English name) are flagged. */
  unverified: v.optional(v.array(v.picklist(['name.en', 'ticker', 'exchange']))),
  sources: v.array(slug),
});
export const EntitiesFile = v.strictObject({ entities: v.pipe(v.array(Entity), v.minLength(1)) });

export const Site = v.strictObject({
  id: slug,
  entity: slug,
  facility: v.nullable(LocalText),
  city: LocalText,
  region: LocalText,
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code')),
  lat: latitude,
  lon: longitude,
  /** True where only the city, not the plant, is known (or the city itself is a guess). */
  approx: v.boolean(),
  role: v.picklist(siteRoles),
  investment: v.nullable(
    v.strictObject({
      amount: v.pipe(v.number(), v.minValue(0)),
      currency: v.picklist(['USD', 'TWD', 'MXN']),
      note: v.optional(LocalText),
    }),
  ),
  announced: v.nullable(yearMonth),
  status: v.picklist(['announced', 'construction', 'operating', 'planned']),
  statusNote: LocalText,
  /** Entity whose Taiwan headquarters the arc starts from; null for sites with no Taiwan origin. */
  origin: v.nullable(slug),
  confidence,
  chapters: chapterIds,
  claims: v.optional(v.array(Claim)),
  sources: sourceIds,
});
export const SitesFile = v.strictObject({ sites: v.array(Site) });

export const FlowNode = v.strictObject({
  id: slug,
  /** 0 = pressure/policy, 1 = supply-chain segment, 2 = company (more columns allowed). */
  column: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)),
});
export const FlowLink = v.strictObject({
  source: slug,
  target: slug,
  /** A measured magnitude with its unit, or null: then the link counts 1 (see widthMeaning). */
  value: v.nullable(v.pipe(v.number(), v.gtValue(0, 'a number above 0'))),
  unit: v.nullable(shortText),
  note: LocalText,
  chapters: v.pipe(chapterIds, v.minLength(1)),
  claims: v.optional(v.array(Claim)),
  sources: sourceIds,
});
export const FlowsFile = v.strictObject({
  widthMeaning: LocalText,
  nodes: v.pipe(v.array(FlowNode), v.minLength(1)),
  links: v.array(FlowLink),
});

export const PowerPoint = v.strictObject({
  year,
  value: v.nullable(v.number()),
  kind: v.picklist(['actual', 'projection', 'claim', 'derived']),
  /** For values given as a bound ("below 2%", "more than 20 TWh"). */
  bound: v.optional(v.picklist(['about', 'above', 'below'])),
  confidence,
  note: v.optional(LocalText),
  claims: v.optional(v.array(Claim)),
  sources: sourceIds,
});
export const PowerSeries = v.strictObject({
  id: slug,
  label: LocalText,
  unit: v.picklist(['TWh', '%']),
  panel: v.picklist(['global', 'taiwan']),
  /** What the series measures, so the view can pair TWh and share series. */
  measure: slug,
  scenario: v.nullable(v.picklist(['base', 'lift-off', 'high-efficiency', 'headwinds'])),
  entity: v.nullable(slug),
  chapters: chapterIds,
  points: v.pipe(v.array(PowerPoint), v.minLength(1)),
  sources: sourceIds,
});
export const PowerAnnotation = v.strictObject({
  id: slug,
  kind: v.picklist(['period', 'claim', 'note']),
  panel: v.picklist(['global', 'taiwan']),
  from: v.nullable(year),
  to: v.nullable(year),
  label: LocalText,
  body: LocalText,
  amount: v.nullable(v.strictObject({ value: v.number(), currency: v.picklist(['USD', 'TWD']) })),
  parts: v.optional(
    v.array(
      v.strictObject({
        label: LocalText,
        amount: v.strictObject({ value: v.number(), currency: v.picklist(['USD', 'TWD']) }),
        note: v.optional(LocalText),
      }),
    ),
  ),
  entities: v.array(slug),
  chapters: chapterIds,
  claims: v.optional(v.array(Claim)),
  sources: sourceIds,
});
export const PowerFile = v.strictObject({
  series: v.pipe(v.array(PowerSeries), v.minLength(1)),
  annotations: v.array(PowerAnnotation),
});

export const Scene = v.strictObject({
  id: slug,
  title: LocalText,
  body: LocalText,
  notes: LocalText,
  views: v.pipe(v.array(v.picklist(viewIds)), v.minLength(1)),
  selection: v.nullable(slug),
  chapter: v.nullable(slug),
  framing: v.nullable(v.picklist(['pacific', 'corridor'])),
});
export const StoryFile = v.strictObject({ title: LocalText, scenes: v.pipe(v.array(Scene), v.minLength(1)) });

// A path relative to the manifest, or an http(s) URL; never another scheme (javascript:, data:).
const relativeOrHttpUrl = v.pipe(
  v.string(),
  v.maxLength(500),
  v.regex(/^(https?:\/\/\S+|(?![a-z][a-z0-9+.-]*:)[\w.-][\w./-]*)$/i, 'a relative path or an http(s) URL'),
);
export const Manifest = v.strictObject({
  name: LocalText,
  version: shortText,
  files: v.strictObject({
    entities: relativeOrHttpUrl,
    sources: relativeOrHttpUrl,
    sites: relativeOrHttpUrl,
    flows: relativeOrHttpUrl,
    power: relativeOrHttpUrl,
    story: v.optional(relativeOrHttpUrl),
  }),
});

export const fileSchemas = {
  entities: EntitiesFile,
  sources: SourcesFile,
  sites: SitesFile,
  flows: FlowsFile,
  power: PowerFile,
  story: StoryFile,
} as const;

export type LocalText = v.InferOutput<typeof LocalText>;
export type Claim = v.InferOutput<typeof Claim>;
export type Source = v.InferOutput<typeof Source>;
export type Entity = v.InferOutput<typeof Entity>;
export type EntityKind = Entity['kind'];
export type Site = v.InferOutput<typeof Site>;
export type SiteRole = Site['role'];
export type FlowNode = v.InferOutput<typeof FlowNode>;
export type FlowLink = v.InferOutput<typeof FlowLink>;
export type FlowsFile = v.InferOutput<typeof FlowsFile>;
export type PowerPoint = v.InferOutput<typeof PowerPoint>;
export type PowerSeries = v.InferOutput<typeof PowerSeries>;
export type PowerAnnotation = v.InferOutput<typeof PowerAnnotation>;
export type PowerFile = v.InferOutput<typeof PowerFile>;
export type Scene = v.InferOutput<typeof Scene>;
export type StoryFile = v.InferOutput<typeof StoryFile>;
export type Manifest = v.InferOutput<typeof Manifest>;
export interface DatasetFiles {
  entities: v.InferOutput<typeof EntitiesFile>;
  sources: v.InferOutput<typeof SourcesFile>;
  sites: v.InferOutput<typeof SitesFile>;
  flows: FlowsFile;
  power: PowerFile;
  story: StoryFile;
}
