import { toJsonSchema } from '@valibot/to-json-schema';
import { Manifest, fileSchemas } from '../src/lib/data/schema.ts';
import { datasetFiles } from '../src/lib/data/keys.ts';

/**
 * The published contract: JSON Schema generated from the same valibot schemas the app validates
 * with, so the two cannot drift. Served at ./schema/<file>.schema.json and committed in schema/.
 */
export function jsonSchemas(): Record<string, object> {
  const out: Record<string, object> = {
    'manifest.schema.json': { $id: 'manifest.schema.json', title: 'New Coordinates dataset manifest', ...toJsonSchema(Manifest, { errorMode: 'ignore' }) },
  };
  for (const key of datasetFiles) {
    out[`${key}.schema.json`] = { $id: `${key}.schema.json`, title: `New Coordinates ${key}.json`, ...toJsonSchema(fileSchemas[key], { errorMode: 'ignore' }) };
  }
  return out;
}
