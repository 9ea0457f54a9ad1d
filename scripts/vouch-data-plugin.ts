import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { validateAll, validateManifest } from '../src/lib/data/validator.ts';
import { datasetFiles, type DatasetFileKey } from '../src/lib/data/keys.ts';
import { formatIssue } from '../src/lib/data/issue.ts';
import { digestOf, VOUCH_META, type Vouch } from '../src/lib/data/vouch.ts';

export type VouchResult = { vouch: Vouch; problems: [] } | { vouch: null; problems: string[] };

/**
 * The vouch for a dataset (src/lib/data/vouch.ts): the digests of the manifest's text and of each
 * file it names. Given only when everything validates as the app would validate it, without an
 * error or a warning, and the validator hands back exactly the parsed JSON (so taking the JSON as
 * it is gives the views what validation would); otherwise the reasons, and the app validates.
 * `readFile` gets a path as the manifest gives it and returns the text, or null if there is none.
 */
export async function vouchFor(manifestText: string, readFile: (path: string) => string | null): Promise<VouchResult> {
  const no = (...problems: string[]): VouchResult => ({ vouch: null, problems });
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(manifestText);
  } catch {
    return no('manifest.json is not JSON');
  }
  const manifest = validateManifest(manifestJson);
  if (!manifest.ok || manifest.issues.length) return no(...manifest.issues.map(formatIssue));
  const texts: Partial<Record<DatasetFileKey, string>> = {};
  const raw: Partial<Record<DatasetFileKey, unknown>> = {};
  const problems: string[] = [];
  for (const key of datasetFiles) {
    const path = manifest.data.files[key];
    if (path === undefined) continue;
    const text = /^https?:/i.test(path) ? null : readFile(path);
    if (text === null) {
      problems.push(`${key}.json: ${path} is not a file of this build`);
      continue;
    }
    try {
      raw[key] = JSON.parse(text);
      texts[key] = text;
    } catch {
      problems.push(`${key}.json: ${path} is not JSON`);
    }
  }
  for (const [key, state] of Object.entries(validateAll(raw)) as [DatasetFileKey, ReturnType<typeof validateAll>[DatasetFileKey]][]) {
    if (state?.status === 'error') problems.push(...state.issues.map(formatIssue));
    else if (state?.status === 'ready' && state.warnings.length) problems.push(...state.warnings.map(formatIssue));
    else if (state?.status === 'ready' && !isDeepStrictEqual(state.data, raw[key])) problems.push(`${key}.json: the validator changes it`);
  }
  const digests = await Promise.all([digestOf(manifestText), ...Object.values(texts).map(digestOf)]);
  if (digests.some((d) => d === null)) problems.push('no Web Crypto in this Node');
  if (problems.length) return no(...problems);
  const [manifestDigest, ...fileDigests] = digests as string[];
  return { vouch: { manifest: manifestDigest!, files: Object.fromEntries(Object.keys(texts).map((key, i) => [key, fileDigests[i]!])) }, problems: [] };
}

/**
 * Validates data/ as it is when index.html is built or served, and gives the page the vouch, so
 * readers of the shipped story load neither the validator nor pay its time. A dataset with any
 * problem is built all the same (a publisher sees its errors in the page); the build says why
 * it is not vouched for.
 */
export function vouchDataPlugin(): Plugin {
  let root = process.cwd();
  let warn = (message: string) => console.warn(message);
  return {
    name: 'nc-vouch-data',
    configResolved(config) {
      root = config.root;
      warn = (message) => config.logger.warn(message);
    },
    async transformIndexHtml(_html, ctx) {
      if (!ctx.filename.endsWith('index.html')) return;
      const dir = join(root, 'data');
      const read = (path: string) => {
        try {
          return readFileSync(join(dir, path), 'utf8');
        } catch {
          return null;
        }
      };
      const { vouch, problems } = await vouchFor(read('manifest.json') ?? '', read);
      if (!vouch) {
        warn(`data/ is not vouched for; the page will validate it as it loads:\n  ${problems.slice(0, 10).join('\n  ')}`);
        return;
      }
      return [{ tag: 'meta', attrs: { name: VOUCH_META, content: JSON.stringify(vouch) }, injectTo: 'head' }];
    },
  };
}
