import type { DatasetFileKey } from './keys.ts';

/**
 * The dataset the build validated (scripts/vouch-data-plugin.ts), by the SHA-256 of each file's
 * text: the page carries it, and loading those very files needs neither the validator's code
 * (valibot, the schemas and the checks across files: ~5 KB gzip) nor its time. Any other text, a
 * file edited after the build, another manifest, dropped files, is validated as before.
 */
export interface Vouch {
  manifest: string;
  files: Partial<Record<DatasetFileKey, string>>;
}

/** The page's `<meta>` that carries the vouch as JSON. */
export const VOUCH_META = 'nc-vouched-data';

const isDigest = (x: unknown): x is string => typeof x === 'string' && /^[0-9a-f]{64}$/.test(x);

/** The vouch a page carries; null without one, or with anything unreadable (then all is validated). */
export function readVouch(doc: Pick<Document, 'querySelector'> | undefined = globalThis.document): Vouch | null {
  const content = doc?.querySelector(`meta[name="${VOUCH_META}"]`)?.getAttribute('content');
  if (!content) return null;
  try {
    const vouch = JSON.parse(content) as Partial<Vouch> | null;
    const files = vouch?.files;
    if (!isDigest(vouch?.manifest) || typeof files !== 'object' || files === null || !Object.values(files).every(isDigest)) return null;
    return { manifest: vouch.manifest, files };
  } catch {
    return null;
  }
}

/** SHA-256 of a text's UTF-8 bytes, in hex; null where there is no Web Crypto (a page served over plain http). */
export async function digestOf(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const hash = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether the digests are exactly those of the files vouched for: the same keys, each with its digest. */
export function matchesVouch(files: Vouch['files'], digests: Partial<Record<DatasetFileKey, string | null>>): boolean {
  const keys = Object.keys(files) as DatasetFileKey[];
  return keys.length === Object.keys(digests).length && keys.every((key) => digests[key] != null && digests[key] === files[key]);
}
