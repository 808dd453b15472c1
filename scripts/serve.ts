// `npm start` (after the build) and `npm run serve`: serve dist/ on http://localhost:4321.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createStaticServer, listen } from './static-server.ts';

const dist = resolve(import.meta.dirname, '..', 'dist');
if (!existsSync(dist)) {
  console.error('Er is nog geen build: voer eerst `npm run build` uit.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
const server = createStaticServer(dist);
const actual = await listen(server, port, host);
console.log(`\n  Bijstand uitgelegd draait op http://localhost:${actual}/  (stoppen: Ctrl+C)\n`);
