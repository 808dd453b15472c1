// `npm start` (after the build) and `npm run serve`: serve dist/ on http://localhost:4321, with
// the headers of dist/_headers and the precompressed files, as the host would (static-server.ts).
// A build for a sub-path (BASE_PATH) is served under that path, as its stamp records.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createStaticServer, listen } from './static-server.ts';
import { BUILD_STAMP, parseBuildStamp } from '../src/lib/site-url.ts';

const dist = resolve(import.meta.dirname, '..', 'dist');
if (!existsSync(dist)) {
  console.error('Er is nog geen build: voer eerst `npm run build` uit.');
  process.exit(1);
}
const stampFile = join(dist, BUILD_STAMP);
const base = (existsSync(stampFile) ? parseBuildStamp(readFileSync(stampFile, 'utf8'))?.base : undefined) ?? '/';
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
const server = createStaticServer(dist, { base });
const actual = await listen(server, port, host);
console.log(`\n  Bijstand uitgelegd draait op http://localhost:${actual}${base}  (stoppen: Ctrl+C)\n`);
