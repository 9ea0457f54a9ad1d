import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../../scripts/json-schema';

const dir = new URL('../../../schema/', import.meta.url);

describe('the published JSON Schema', () => {
  const schemas = jsonSchemas();
  if (process.env.UPDATE_SCHEMA) {
    mkdirSync(dir, { recursive: true });
    for (const [name, schema] of Object.entries(schemas)) writeFileSync(new URL(name, dir), `${JSON.stringify(schema, null, 2)}\n`);
  }
  it.each(Object.keys(schemas))('schema/%s matches the validator (regenerate with `npm run schema`)', (name) => {
    expect(existsSync(new URL(name, dir))).toBe(true);
    expect(JSON.parse(readFileSync(new URL(name, dir), 'utf8'))).toEqual(schemas[name]);
  });
  it('forbids unknown keys and requires both languages', () => {
    const sites = schemas['sites.schema.json'] as { properties: { sites: { items: { additionalProperties: boolean; properties: { city: { required: string[] } } } } } };
    expect(sites.properties.sites.items.additionalProperties).toBe(false);
    expect(sites.properties.sites.items.properties.city.required).toEqual(['zh', 'en']);
  });
});
