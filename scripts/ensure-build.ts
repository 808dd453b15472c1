// Runs before `npm test`: builds the site when dist/ is missing or older than anything it is
// built from, so the dist and browser tests never check a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execSync } from 'node:child_process';

const root = resolve(import.meta.dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
const inputs = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const changedAt = Math.max(...inputs.map((p) => newestMtime(join(root, p))));
if (builtAt === 0 || changedAt > builtAt) {
  console.log(builtAt === 0 ? 'Nog geen build: de site wordt gebouwd.' : 'De bron is nieuwer dan dist/: de site wordt opnieuw gebouwd.');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
} else {
  console.log('dist/ is actueel; geen nieuwe build nodig.');
}
