/**
 * The one static server for the built site, as a static host serves it: files under the
 * base path, `index.html` for a folder, a redirect to the slash for a folder asked for
 * without one, and `404.html` with status 404 for anything else, with the headers that
 * the build's `_headers` gives each path, as Netlify and Cloudflare Pages apply them (so a
 * page that may not be framed is refused in a frame); text gzipped when asked
 * (`gzip: true`, for Lighthouse). The browser tests and Lighthouse use it on 127.0.0.1 and
 * port 0, so runs never collide. From the command line it serves `dist/`:
 * `node scripts/static-server.ts [port] [base]`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type ParsedRule } from '../tests/support/headers-file.ts';

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The base path the site is served under, `/` or `/syria-timeline/`. */
  readonly base: string;
  /** The absolute URL of a path under the base: `url('about/')`. */
  url(path?: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface ServeOptions {
  /** Gzip text when the request accepts it, and let the client cache for an hour, as a host would. */
  readonly gzip?: boolean;
  /** The port; a free one by default. */
  readonly port?: number;
}

function fileAt(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function handler(root: string, base: string, options: ServeOptions) {
  const notFound = join(root, '404.html');
  const headersFile = join(root, '_headers');
  const rules: ParsedRule[] = fileAt(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  return (req: IncomingMessage, res: ServerResponse): void => {
    const head = req.method === 'HEAD';
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const send = (res: ServerResponse, status: number, body: Buffer | string, type: string, head: boolean) => {
      const headers: (readonly [string, string])[] = [
        ['content-type', type],
        ['cache-control', options.gzip ? 'max-age=3600' : 'no-store'],
        ...headersFor(rules, path).filter(([name]) => name.toLowerCase() !== 'cache-control'),
      ];
      let bytes = typeof body === 'string' ? Buffer.from(body) : body;
      if (
        options.gzip &&
        /text|json|xml|svg|javascript/.test(type) &&
        /\bgzip\b/.test(String(req.headers['accept-encoding']))
      ) {
        bytes = gzipSync(bytes);
        headers.push(['content-encoding', 'gzip']);
      }
      res.writeHead(status, headers.flat());
      res.end(head ? undefined : bytes);
    };
    const missing = () =>
      fileAt(notFound)
        ? send(res, 404, readFileSync(notFound), TYPES['.html']!, head)
        : send(res, 404, 'Not found', TYPES['.txt']!, head);
    if (req.method !== 'GET' && !head) return send(res, 405, 'Method not allowed', TYPES['.txt']!, head);

    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(res, 400, 'Bad request', TYPES['.txt']!, head);
    }
    if (`${pathname}/` === base) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    if (!pathname.startsWith(base)) return missing();

    const target = resolve(root, pathname.slice(base.length));
    if (target !== root && !target.startsWith(root + sep)) return missing();
    if (existsSync(target) && statSync(target).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      const index = join(target, 'index.html');
      return fileAt(index) ? send(res, 200, readFileSync(index), TYPES['.html']!, head) : missing();
    }
    if (!fileAt(target)) return missing();
    send(res, 200, readFileSync(target), TYPES[extname(target)] ?? 'application/octet-stream', head);
  };
}

export async function serveStatic(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer(handler(root, base, options));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base,
    url: (path = '') => `${origin}${base}${path.replace(/^\/+/, '')}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (import.meta.main) {
  const [port = '4321', base = '/'] = process.argv.slice(2);
  const server = await serveStatic('dist', base, { port: Number(port) });
  console.log(`Serving dist/ at ${server.url()}`);
}
