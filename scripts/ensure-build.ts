// Runs before `npm test`: builds the site when dist/ is missing, older than anything it is built
// from, or built for another address, so the dist and browser tests never check a stale build.
// The tests check the build for SITE_URL when it is set (say the one about to be deployed), and
// otherwise a local build for http://localhost:4321, so `npm test` needs no settings. The tests
// expect the site at the root of its host: a build for a sub-path (BASE_PATH) is rebuilt without
// one (a sub-path build is tested on its own, `npm run test:base-path`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execSync } from 'node:child_process';
import { BUILD_STAMP, LOCAL_SITE_URL, parseBuildStamp, parseSiteUrl } from '../src/lib/site-url.ts';

const root = resolve(import.meta.dirname, '..');
const stampFile = join(root, 'dist', BUILD_STAMP);
const inputs = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

let site: string;
try {
  site = parseSiteUrl(process.env.SITE_URL?.trim() || LOCAL_SITE_URL);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const stamp = existsSync(stampFile) ? parseBuildStamp(readFileSync(stampFile, 'utf8')) : undefined;
const builtAt = stamp ? statSync(stampFile).mtimeMs : 0;
const changedAt = Math.max(...inputs.map((p) => newestMtime(join(root, p))));
const reason = !stamp
  ? 'Nog geen (volledige) build: de site wordt gebouwd.'
  : stamp.site !== site
    ? `dist/ is gebouwd voor ${stamp.site}, de tests vragen ${site}: de site wordt opnieuw gebouwd.`
    : stamp.base !== '/'
      ? `dist/ is gebouwd voor het subpad ${stamp.base}, de tests vragen de wortel: de site wordt opnieuw gebouwd.`
      : changedAt > builtAt
        ? 'De bron is nieuwer dan dist/: de site wordt opnieuw gebouwd.'
        : undefined;
if (reason) {
  console.log(reason);
  execSync('npm run build', { cwd: root, stdio: 'inherit', env: { ...process.env, SITE_URL: site, BASE_PATH: '', CSP_META: '' } });
} else {
  console.log(`dist/ is actueel (gebouwd voor ${site}); geen nieuwe build nodig.`);
}
