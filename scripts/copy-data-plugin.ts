import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
// The Vite config loads these, so they (and what they import in src/) name their files in full, as
// Vite's native config loader will require.
import { PROJECTED_BASE_FILE } from '../src/lib/model/map/projected-base.ts';
import { projectBase } from '../src/lib/model/map/project-base.ts';
import { PACIFIC_MERIDIAN } from '../src/lib/model/map/framing.ts';

const require = createRequire(import.meta.url);

/** Static files fetched at run time (datasets, their JSON Schema, geography), never bundled into JS. */
function staticFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) files.set(relative(root, path).split(sep).join('/'), path);
    }
  };
  walk(join(root, 'data'));
  walk(join(root, 'schema'));
  files.set('geo/countries-110m.json', require.resolve('world-atlas/countries-110m.json'));
  files.set('geo/countries-50m.json', require.resolve('world-atlas/countries-50m.json'));
  files.set('geo/states-10m.json', require.resolve('us-atlas/states-10m.json'));
  return files;
}

/** The map's opening base map, projected at build time (see model/map/projected-base); once, not on every dev request. */
let projected: string | undefined;
function projectedBase(): string {
  if (projected === undefined) {
    const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
    projected = JSON.stringify(projectBase(world, PACIFIC_MERIDIAN));
  }
  return projected;
}

/** Serves data/ and geo/ in dev and emits them as assets in the build, under the same relative URLs. */
export function copyDataPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'nc-static-data',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        const path = staticFiles(root).get(url);
        if (!path && url !== PROJECTED_BASE_FILE) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(path ? readFileSync(path) : projectedBase());
      });
    },
    generateBundle() {
      for (const [fileName, path] of staticFiles(root)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
      }
      this.emitFile({ type: 'asset', fileName: PROJECTED_BASE_FILE, source: projectedBase() });
    },
  };
}
