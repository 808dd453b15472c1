// The project's root folder, found from this module's own location rather than from the working
// directory: the build, the tests and the maintainer scripts may be started from anywhere, and
// a path like './content/data' would then point elsewhere (or at another checkout's files).
//
// Why search upwards instead of a fixed '../../': Astro bundles the pages' code into chunks in
// another folder before it renders them, so at build time this module's URL is a chunk's URL.
// The nearest folder above it with both package.json and content/ is the project either way.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function findProjectRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'content'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`projectmap niet gevonden boven ${start} (een map met package.json en content/)`);
    dir = parent;
  }
}

let cached: string | undefined;

/** The project root, e.g. /home/…/bijstand-uitgelegd. */
export function projectRoot(): string {
  cached ??= findProjectRoot(dirname(fileURLToPath(import.meta.url)));
  return cached;
}

/** A path inside the project: projectPath('content', 'data'). */
export function projectPath(...parts: string[]): string {
  return join(projectRoot(), ...parts);
}
