// Serves the built site (dist/) the way a static host would: files with sirv, directory URLs
// with their index.html, and the Dutch 404 page with status 404 for anything unknown.
// Shared by `npm start` and the browser tests, so the tests see what a reader gets.
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export function createStaticServer(distDir: string): Server {
  const files = sirv(distDir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPage = join(distDir, '404.html');
  return createServer((req, res) => {
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Niet gevonden');
    });
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
