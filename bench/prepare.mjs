// The site under test: a production build in a private directory (never the shared dist/), the
// synthetic datasets written into it, and the URL each scale loads.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, writeDataset } from '../scripts/gen-synthetic.mjs';

/** Builds into a fresh temporary directory, or copies an existing build there (--no-build). */
export function prepareDist({ projectDir, build, dist }) {
  const out = mkdtempSync(join(tmpdir(), 'nc-bench-dist-'));
  if (build) {
    const vite = join(projectDir, 'node_modules', 'vite', 'bin', 'vite.js');
    const res = spawnSync(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: projectDir, stdio: 'inherit' });
    if (res.status !== 0) {
      rmSync(out, { recursive: true, force: true });
      throw new Error(`vite build failed (exit ${res.status})`);
    }
  } else {
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`no build in ${dist} (run npm run build, or drop --no-build)`);
    cpSync(dist, out, { recursive: true });
  }
  return { dir: out, cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

/**
 * Writes bench-data/x{k}/ for every scale (x1 too, so peer runs can load any scale the same way)
 * and returns what each scale measures: x1 is the real dataset when the build carries one.
 */
export async function prepareDatasets(distDir, scales, seed) {
  const realData = existsSync(join(distDir, 'data', 'manifest.json'));
  const targets = {};
  for (const k of [...new Set([1, ...scales])]) {
    const synthetic = generate({ scale: k, seed });
    await writeDataset(join(distDir, 'bench-data', `x${k}`), synthetic);
    const real = k === 1 && realData;
    targets[k] = {
      query: real ? '' : `?data=./bench-data/x${k}/manifest.json`,
      dataset: real ? 'data/' : `synthetic x${k} (seed ${seed})`,
      prefer: preferredTargets(real ? readDataset(join(distDir, 'data')) : synthetic),
    };
  }
  return { realData, targets };
}

function readDataset(dir) {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    return Object.fromEntries(Object.entries(manifest.files).map(([key, file]) => [key, JSON.parse(readFileSync(join(dir, file), 'utf8'))]));
  } catch {
    return {};
  }
}

/**
 * Marks to hover first in each view: ones whose relations reach the other views (a company node
 * with sites, a site of a Sankey company, a series or annotation about one), so a hover exercises
 * the cross-highlight everywhere rather than dimming a view wholesale.
 */
export function preferredTargets(files) {
  const nodes = new Set((files.flows?.nodes ?? []).map((n) => n.id));
  const sites = files.sites?.sites ?? [];
  const withSites = new Set(sites.map((s) => s.entity));
  return {
    sankey: [...nodes].filter((id) => withSites.has(id)).slice(0, 20),
    map: sites.filter((s) => nodes.has(s.entity)).map((s) => s.id).slice(0, 20),
    power: [
      ...(files.power?.series ?? []).filter((s) => s.entity && nodes.has(s.entity)).map((s) => s.id),
      ...(files.power?.annotations ?? []).filter((a) => a.entities.some((e) => nodes.has(e))).map((a) => a.id),
    ].slice(0, 20),
  };
}
