import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve-dist.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    origin: string;
  }
}

/** Serves the production build under /explorer/, as GitHub Pages would under a project path. */
export default async function setup(project: TestProject) {
  // NC_DIST lets parallel work build and test its own copy of the site.
  const root = process.env.NC_DIST ?? 'dist';
  if (!existsSync(`${root}/index.html`)) throw new Error(`${root}/ is missing: run \`npm run build\` before the browser tests`);
  const served = await serveDist({ root, base: '/explorer/' });
  project.provide('baseUrl', served.url);
  project.provide('origin', served.origin);
  return async () => served.close();
}
