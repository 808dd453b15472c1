// Part of `npm run bench`: how long a full build takes (Astro and the Pagefind index), as it is and
// with the chapters copied tenfold, to show how the build's cost grows with the content. Both
// builds run cold, in temporary copies of the project (src, content, public, the config and the
// scripts; node_modules linked), so the real content and dist/ are never touched.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chapterCopy } from '../src/lib/bench.ts';
import { LOCAL_SITE_URL } from '../src/lib/site-url.ts';

export interface BuildBench {
  label: string;
  chapters: number;
  pages: number;
  seconds: number;
  secondsPerPage: number;
}

const COPIED = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function projectCopy(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bijstand-bench-'));
  for (const entry of COPIED) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Adds copies 2 … `factor` of every chapter to a project copy's content/chapters/. */
function multiplyChapters(dir: string, factor: number): number {
  const chapters = join(dir, 'content', 'chapters');
  const files = walk(chapters).filter((f) => f.endsWith('.mdx'));
  for (let copy = 2; copy <= factor; copy++) {
    for (const file of files) {
      const rel = relative(chapters, file).split(sep).join('/');
      const out = chapterCopy(rel, readFileSync(file, 'utf8'), copy);
      const target = join(chapters, ...out.relPath.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, out.text);
    }
  }
  return files.length * factor;
}

function timedBuild(dir: string, label: string, chapters: number): BuildBench {
  const t0 = performance.now();
  const run = spawnSync('npm', ['run', 'build'], { cwd: dir, env: { ...process.env, SITE_URL: LOCAL_SITE_URL }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(`build (${label}) mislukte:\n${(run.stdout ?? '').slice(-3000)}\n${(run.stderr ?? '').slice(-3000)}`);
  const pages = walk(join(dir, 'dist')).filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`)).length;
  return { label, chapters, pages, seconds, secondsPerPage: seconds / pages };
}

export function benchBuild(root: string, factor = 10): BuildBench[] {
  const results: BuildBench[] = [];
  for (const times of [1, factor]) {
    const dir = projectCopy(root);
    try {
      const chapters = times === 1 ? walk(join(dir, 'content', 'chapters')).filter((f) => f.endsWith('.mdx')).length : multiplyChapters(dir, times);
      results.push(timedBuild(dir, times === 1 ? 'zoals het is' : `hoofdstukken ${times}×`, chapters));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}
