// Serves the built site (dist/) the way a static host would: files with sirv, directory URLs
// with their index.html, and the Dutch 404 page with status 404 for anything unknown.
// Shared by `npm start` and the browser tests, so the tests see what a reader gets. Like the host:
// - the headers of dist/_headers (written by the build, src/integrations/hosting.ts: the CSP per
//   page, cache rules), read with the same code that wrote it, and `no-cache` where no rule sets
//   Cache-Control (Netlify's and Cloudflare's default is to revalidate);
// - the precompressed .br/.gz copies the build wrote, when the browser accepts them;
// - a directory address without its slash is redirected to the one with it;
// - _headers itself is not served;
// - `base` serves the site under a sub-path (BASE_PATH builds), and nothing outside it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/hosting/headers-file.ts';
import { normaliseBase } from '../src/lib/hosting/rules.ts';

export interface StaticServerOptions {
  /** the sub-path the site was built for (Astro's `base`), default "/" */
  base?: string;
  /** false: ignore dist/_headers, like a host that sends no headers of its own (GitHub Pages) */
  headers?: boolean;
}

function applyRules(res: ServerResponse, rules: readonly HeaderRule[], pathname: string): void {
  for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
  if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
}

export function createStaticServer(distDir: string, options: StaticServerOptions = {}): Server {
  const base = normaliseBase(options.base ?? '/');
  const headersFile = join(distDir, '_headers');
  const rules = options.headers !== false && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const files = sirv(distDir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    brotli: true,
    gzip: true,
    // sirv hands over the path without the base (see below); the rules are written with it
    setHeaders: (res, pathname) => applyRules(res, rules, `${base}${pathname.slice(1)}`),
  });
  const notFoundPage = join(distDir, '404.html');

  function notFound(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Vary', 'Accept-Encoding');
    // the host answers an unknown address with the 404 page and the rules for that address
    applyRules(res, rules, pathname);
    if (!existsSync(notFoundPage)) return void res.end('Niet gevonden');
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoded = /\bbr\b/.test(accepts) && existsSync(`${notFoundPage}.br`) ? 'br' : /\bgzip\b/.test(accepts) && existsSync(`${notFoundPage}.gz`) ? 'gzip' : undefined;
    if (encoded) res.setHeader('Content-Encoding', encoded);
    res.end(readFileSync(encoded === 'br' ? `${notFoundPage}.br` : encoded === 'gzip' ? `${notFoundPage}.gz` : notFoundPage));
  }

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = url.pathname;
    if (!pathname.startsWith(base)) {
      // the base without its slash is the site's home: a host redirects it
      if (`${pathname}/` === base) return void res.writeHead(301, { Location: `${base}${url.search}` }).end();
      return notFound(req, res, pathname);
    }
    const inner = `/${pathname.slice(base.length)}`;
    if (inner === '/_headers') return notFound(req, res, pathname);
    let decoded = inner;
    try {
      decoded = decodeURIComponent(inner);
    } catch {
      // a malformed address is simply not found
    }
    if (!decoded.endsWith('/') && !/\.[^/]*$/.test(decoded)) {
      const dir = join(distDir, decoded);
      if (existsSync(join(dir, 'index.html')) && statSync(dir).isDirectory()) {
        return void res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
      }
    }
    req.url = `${inner}${url.search}`;
    files(req, res, () => notFound(req, res, pathname));
  });
}

export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
