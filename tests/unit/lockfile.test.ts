// package-lock.json must be complete, or `npm install` rewrites it and `npm ci` rejects it ("Missing:
// … from lock file"). That happened when the registry began to serve other platforms' optional
// binaries (@astrojs/compiler-binding-darwin-arm64, @pagefind/windows-x64, …) that the committed
// lockfile lacked. CI also runs `npm install --package-lock-only` and fails on any change
// (.ci/run); this test finds the same gap without the network.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface LockEntry {
  version?: string;
  integrity?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const root = resolve(import.meta.dirname, '..', '..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };

/** Where npm finds `name` for the package at `from`: its own node_modules, then each ancestor's. */
function resolveInLock(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (dir === '') return undefined;
    const at = dir.lastIndexOf('node_modules/');
    dir = at <= 0 ? '' : dir.slice(0, at - 1);
  }
}

describe('package-lock.json', () => {
  it('is a version 3 lockfile', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('locks every dependency of every package, optional ones (other platforms) included', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      const wanted = { ...entry.dependencies, ...entry.optionalDependencies, ...(path === '' ? entry.devDependencies : {}) };
      for (const name of Object.keys(wanted)) if (!resolveInLock(path, name)) missing.push(`${path || '(root)'} → ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('has an integrity hash for every package from the registry', () => {
    const without = Object.entries(lock.packages).filter(([path, e]) => path !== '' && !e.link && !e.integrity).map(([path]) => path);
    expect(without).toEqual([]);
  });
});
