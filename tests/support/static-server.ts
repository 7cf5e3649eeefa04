/** A small static file server for a built site, on 127.0.0.1 and a free port, for browser tests. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `dir` under `base` (`/` or `/sub/`), with `404.html` for what is missing. */
export function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const rest = path.startsWith(base) ? path.slice(base.length) : undefined;
    let file = rest === undefined ? undefined : join(dir, normalize(`/${rest}`));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file !== undefined && existsSync(file);
    response.writeHead(found ? 200 : 404, {
      'Content-Type': TYPES[extname(found ? file! : '.html')] ?? 'application/octet-stream',
    });
    response.end(readFileSync(found ? file! : join(dir, '404.html')));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}${base}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
