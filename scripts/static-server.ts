/**
 * A small static server for the built site, on 127.0.0.1 and a free port: folders serve
 * their `index.html`, missing files the site's `404.html`, text gzipped as a host would.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

function fileFor(dist: string, base: string, url: string): string | undefined {
  const path = decodeURIComponent(new URL(url, 'http://x').pathname);
  if (!path.startsWith(base)) return undefined;
  const file = normalize(join(dist, path.slice(base.length)));
  if (!file.startsWith(normalize(dist))) return undefined;
  if (existsSync(file) && statSync(file).isDirectory())
    return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  return existsSync(file) ? file : undefined;
}

export function serveStatic(dist: string, base = '/'): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const file = fileFor(dist, base, request.url ?? '/');
    const status = file ? 200 : 404;
    const path = file ?? join(dist, '404.html');
    let body: Buffer = existsSync(path) ? readFileSync(path) : Buffer.from('Not found');
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'max-age=3600' };
    if (/text|json|xml|svg|javascript/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(status, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}
