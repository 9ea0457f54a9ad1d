/**
 * The contract's lists that the app reads at run time (the files of a dataset, the views, the site
 * roles, the entity kinds). Apart from schema.ts so that reading them does not bring the validator:
 * the shipped data is validated at build time, and the validator loads only for other data.
 */
export const datasetFiles = ['entities', 'sources', 'sites', 'flows', 'power', 'story'] as const;
export type DatasetFileKey = (typeof datasetFiles)[number];

export const viewIds = ['map', 'sankey', 'power'] as const;
export type ViewId = (typeof viewIds)[number];

export const siteRoles = ['foundry', 'packaging', 'server', 'power', 'cooling', 'air', 'chip'] as const;

export const entityKinds = ['company', 'policy', 'segment', 'theme', 'place', 'chapter'] as const;
