// SITE_URL: a build must be told its public address and never fall back to localhost, which it would
// write into every canonical URL and the sitemap; only commands that publish nothing may.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOCAL_SITE_URL, parseBasePath, parseBuildStamp, parseSiteUrl, resolveSiteUrl } from '../../src/lib/site-url.ts';
import { sitePaths } from '../../src/lib/site-path.ts';
import config from '../../astro.config.mjs';

describe('resolveSiteUrl', () => {
  it('fails a build without SITE_URL, also with NODE_ENV=production, naming both ways out', () => {
    for (const env of [{}, { NODE_ENV: 'production' }, { SITE_URL: '' }, { SITE_URL: '  ' }]) {
      expect(() => resolveSiteUrl('build', env)).toThrow(/SITE_URL is not set.*SITE_URL=https:\/\/example\.nl npm run build.*npm run build:local/);
    }
  });

  it('builds for SITE_URL, as an origin', () => {
    expect(resolveSiteUrl('build', { SITE_URL: 'https://bijstand.example.nl/' })).toBe('https://bijstand.example.nl');
    expect(resolveSiteUrl('build', { SITE_URL: LOCAL_SITE_URL })).toBe('http://localhost:4321');
  });

  it('gives commands that publish nothing (dev server, astro check) the local address', () => {
    for (const command of ['dev', 'sync', 'preview'] as const) expect(resolveSiteUrl(command, {})).toBe(LOCAL_SITE_URL);
    expect(resolveSiteUrl('dev', { SITE_URL: 'https://example.nl' })).toBe('https://example.nl');
  });
});

describe('parseSiteUrl', () => {
  it('accepts an http(s) origin, with or without a trailing slash and port', () => {
    expect(parseSiteUrl('https://example.nl')).toBe('https://example.nl');
    expect(parseSiteUrl('https://example.nl/')).toBe('https://example.nl');
    expect(parseSiteUrl('HTTPS://Example.NL:8443/')).toBe('https://example.nl:8443');
    expect(parseSiteUrl('http://localhost:4321')).toBe('http://localhost:4321');
  });

  it.each([
    ['example.nl', /not an absolute URL/],
    ['localhost:4321', /http\(s\)/],
    ['ftp://example.nl', /http\(s\)/],
    ['https://user:secret@example.nl', /user name or password/],
    // a path would be dropped silently from every canonical URL (`new URL('/p/', site)`)
    ['https://example.nl/bijstand/', /without a path.*BASE_PATH=\/bijstand\//],
    ['https://example.nl/?utm=x', /without a path, query/],
    ['https://example.nl?', /without a path, query/],
    ['https://example.nl/#top', /fragment/],
  ])('rejects %s', (value, reason) => {
    expect(() => parseSiteUrl(value)).toThrow(reason);
  });
});

describe('parseBasePath', () => {
  it('makes BASE_PATH Astro’s base, with a slash at both ends; unset is the root', () => {
    expect([undefined, '', ' ', '/'].map(parseBasePath)).toEqual(['/', '/', '/', '/']);
    expect(['/bijstand/', 'bijstand', '/bijstand', ' bijstand/ ', '/a/b-c.d/'].map(parseBasePath)).toEqual(['/bijstand/', '/bijstand/', '/bijstand/', '/bijstand/', '/a/b-c.d/']);
  });

  it.each(['/a//b/', '/../', '/./x/', '/a b/', '/a?b/', 'https://example.nl/x/', '/%2e/'])('rejects %s', (value) => {
    expect(() => parseBasePath(value)).toThrow(/BASE_PATH/);
  });
});

describe('sitePaths', () => {
  it('puts the base in front of a site path and takes it off a page’s own address', () => {
    const root = sitePaths('/');
    expect(root.sitePath('/hoofdstukken/')).toBe('/hoofdstukken/');
    expect(root.routePath('/hoofdstukken/')).toBe('/hoofdstukken/');
    const sub = sitePaths('bijstand');
    expect(sub.base).toBe('/bijstand/');
    expect(sub.sitePath('/')).toBe('/bijstand/');
    expect(sub.sitePath('/begrippen/#a')).toBe('/bijstand/begrippen/#a');
    expect(sub.routePath('/bijstand/hoofdstukken/')).toBe('/hoofdstukken/');
    expect(sub.routePath('/bijstand')).toBe('/');
    expect(sub.routePath('/elders/')).toBe('/elders/');
    for (const bad of ['hoofdstukken/', '//example.nl/', 'https://example.nl/']) expect(() => sub.sitePath(bad)).toThrow(/één "\/"/);
  });
});

describe('parseBuildStamp', () => {
  it('reads the address, base and time, and treats an old or broken stamp as no stamp', () => {
    expect(parseBuildStamp('{"site":"https://example.nl","base":"/bijstand/","builtAt":"2026-12-01T10:00:00.000Z"}\n')).toEqual({
      site: 'https://example.nl',
      base: '/bijstand/',
      builtAt: '2026-12-01T10:00:00.000Z',
    });
    // from before BASE_PATH: the root
    expect(parseBuildStamp('{"site":"https://example.nl","builtAt":"2026-12-01T10:00:00.000Z"}')?.base).toBe('/');
    expect(parseBuildStamp('2026-12-01T10:00:00.000Z')).toBeUndefined();
    expect(parseBuildStamp('{"builtAt":"x"}')).toBeUndefined();
    expect(parseBuildStamp(undefined)).toBeUndefined();
  });
});

describe('astro.config.mjs', () => {
  afterEach(() => vi.unstubAllEnvs());

  const integration = (config.integrations ?? []).find((i): i is AstroIntegration => !!i && 'name' in i && i.name === 'bijstand-site-url');
  const setup = (command: 'build' | 'dev') => {
    const updateConfig = vi.fn();
    const hook = integration!.hooks['astro:config:setup']!;
    // only the parameters the hook uses
    hook({ command, updateConfig, logger: { info: () => {} } } as unknown as Parameters<typeof hook>[0]);
    return updateConfig;
  };

  it('sets no `site` itself, which a build would fall back to', () => {
    expect(config.site).toBeUndefined();
  });

  it('takes `site` from SITE_URL through the site-url integration, last in the list', () => {
    expect(integration).toBeDefined();
    expect(config.integrations?.at(-1)).toBe(integration);
    vi.stubEnv('SITE_URL', 'https://bijstand.example.nl');
    vi.stubEnv('BASE_PATH', undefined);
    expect(setup('build')).toHaveBeenCalledWith({ site: 'https://bijstand.example.nl' });
  });

  it('takes `base` from BASE_PATH, and leaves Astro’s default alone without it', () => {
    vi.stubEnv('SITE_URL', 'https://example.nl');
    vi.stubEnv('BASE_PATH', 'bijstand');
    expect(setup('build')).toHaveBeenCalledWith({ site: 'https://example.nl', base: '/bijstand/' });
    expect(config.base).toBeUndefined();
  });

  it('fails a build when SITE_URL is unset, in production mode too', () => {
    vi.stubEnv('SITE_URL', undefined);
    vi.stubEnv('NODE_ENV', 'production');
    expect(() => setup('build')).toThrow(/SITE_URL is not set/);
    expect(setup('dev')).toHaveBeenCalledWith({ site: LOCAL_SITE_URL });
  });
});

describe('package.json', () => {
  const scripts = JSON.parse(readFileSync(join(resolve(import.meta.dirname, '..', '..'), 'package.json'), 'utf8')).scripts;
  it('builds for the local address only in the scripts that serve or test locally', () => {
    expect(scripts.build).not.toContain('SITE_URL');
    expect(scripts['build:local']).toBe(`SITE_URL=${LOCAL_SITE_URL} npm run build`);
    expect(scripts.start).toMatch(/^npm run build:local && /);
  });
});
