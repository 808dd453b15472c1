// Starts the static server on dist/ and finds Chromium once for all browser tests.
// Without a Chromium the browser tests are skipped with a loud message; with
// REQUIRE_BROWSER=1 (as in CI) a missing Chromium fails the run instead.
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createStaticServer, listen } from '../../scripts/static-server.ts';
import { findChromium } from '../helpers/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromePath = findChromium();
  if (!chromePath) {
    const message = [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '!!  BROWSERTESTS OVERGESLAGEN: geen Chromium gevonden.',
      '!!  Installeer er een:  sudo apt-get install chromium',
      '!!  of wijs er een aan:  CHROME_PATH=/pad/naar/chromium npm test',
      '!!  (REQUIRE_BROWSER=1 maakt hiervan een fout, zoals in CI.)',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n');
    if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 maar geen Chromium gevonden (/usr/bin/chromium of CHROME_PATH).${message}`);
    console.warn(message);
    project.provide('chromePath', '');
    project.provide('baseUrl', '');
    return;
  }
  const dist = join(import.meta.dirname, '..', '..', 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    // `npm run test:base-path` checks its own build (BASE_DIST) and serves it itself
    if (process.env.BASE_DIST) {
      project.provide('chromePath', chromePath);
      project.provide('baseUrl', '');
      return;
    }
    throw new Error('dist/ ontbreekt: `npm test` bouwt eerst; voer anders `npm run build` uit.');
  }
  const server = createStaticServer(dist);
  const port = await listen(server, 0);
  project.provide('chromePath', chromePath);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
