/**
 * Shared setup of the browser tests: Debian's Chromium driven by playwright-core, the
 * built site served locally, and pages that record every request, console error and
 * dialog so each test can assert that nothing went wrong and nothing left the machine.
 *
 * Without a Chromium, the browser tests are skipped with a notice; with `CI` set, they
 * fail instead, so CI never passes without running them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DIST } from '../site/dist.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';
import { chromiumPath, launchChromium } from '../../scripts/chromium.ts';
import { builtBase } from './site-pages.ts';

export const INSTALL_HINT = 'apt-get install -y chromium';

const inCI = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

/**
 * `describe`, for a group that needs a browser. The group gets a Chromium, the built site
 * on a local server, and both are stopped after it.
 */
export function describeInBrowser(
  name: string,
  body: (env: BrowserEnv) => void,
  dir: string | (() => string) = DIST,
): void {
  const executablePath = chromiumPath();
  if (!executablePath) {
    if (inCI) {
      describe(name, () => {
        it('has a Chromium to run in', () => {
          throw new Error(
            `No Chromium found (CHROMIUM_PATH, /usr/bin/chromium); CI must run the browser tests: ${INSTALL_HINT}`,
          );
        });
      });
      return;
    }
    console.warn(
      `\n⚠ Browser tests skipped ("${name}"): no Chromium on this machine. Install it with: ${INSTALL_HINT}\n`,
    );
    describe.skip(name, () => body(new BrowserEnv(dir, '')));
    return;
  }
  describe(name, () => {
    const env = new BrowserEnv(dir, executablePath);
    beforeAll(() => env.start(), 60_000);
    afterAll(() => env.stop());
    body(env);
  });
}

/**
 * A fresh session for each test of the group, checked clean (no console error, dialog or
 * request to another origin) and closed after it. `eager` opens it before each test with
 * those options; otherwise a test opens it with `open(options)`. Read it as `current`.
 */
export function sessionPerTest(
  env: BrowserEnv,
  eager?: SessionOptions,
): { readonly current: Session; open(options?: SessionOptions): Promise<Session> } {
  let session: Session | undefined;
  const sessions = {
    get current(): Session {
      if (!session) throw new Error('no session is open in this test');
      return session;
    },
    async open(options: SessionOptions = {}): Promise<Session> {
      session = await env.session(options);
      return session;
    },
  };
  beforeEach(async () => {
    session = undefined;
    if (eager) await sessions.open(eager);
  });
  afterEach(async () => {
    if (!session) return;
    try {
      session.expectClean();
    } finally {
      await session.close();
    }
  });
  return sessions;
}

export interface SessionOptions {
  colorScheme?: 'light' | 'dark';
  /** Off: the page as a reader without JavaScript gets it. */
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
  /** A phone: touch, the meta viewport honoured, and overlay scrollbars that take no width. */
  isMobile?: boolean;
  /** Other local origins the page may load from (a host page that embeds the site). */
  allowOrigins?: readonly string[];
}

/** One browser, one server, for one group of tests. */
export class BrowserEnv {
  #browser: Browser | undefined;
  #server: StaticServer | undefined;
  readonly #dir: string | (() => string);
  readonly executablePath: string;

  /** `dir` is the build to serve, or a function giving it once a `beforeAll` has made it. */
  constructor(dir: string | (() => string), executablePath: string) {
    this.#dir = dir;
    this.executablePath = executablePath;
  }

  get dir(): string {
    return typeof this.#dir === 'string' ? this.#dir : this.#dir();
  }

  async start(): Promise<void> {
    const dir = this.dir;
    if (!existsSync(join(dir, 'index.html'))) {
      throw new Error(`${dir}/index.html is missing: run "npm run build" before the browser tests`);
    }
    this.#server = await serveStatic(dir, builtBase(dir));
    this.#browser = await launchChromium(this.executablePath);
  }

  async stop(): Promise<void> {
    await this.#browser?.close();
    await this.#server?.close();
  }

  get server(): StaticServer {
    if (!this.#server) throw new Error('the server is not started');
    return this.#server;
  }

  /** A fresh browser context with one page that records what happens in it. */
  async session(options: SessionOptions = {}): Promise<Session> {
    if (!this.#browser) throw new Error('the browser is not started');
    const context = await this.#browser.newContext({
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1280, height: 900 },
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      ...(options.isMobile ? { isMobile: true, hasTouch: true } : {}),
    });
    return Session.open(context, this.server, options.allowOrigins);
  }
}

/** A page, with every request, console error and dialog it made. */
export class Session {
  readonly requests: string[] = [];
  readonly foreignRequests: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly dialogs: string[] = [];
  readonly #expectedMissing = new Set<string>();
  /** Origins besides the site's that this page may reach (a local host page that embeds it). */
  allowedOrigins: readonly string[] = [];

  readonly context: BrowserContext;
  readonly page: Page;
  readonly server: StaticServer;

  private constructor(context: BrowserContext, page: Page, server: StaticServer) {
    this.context = context;
    this.page = page;
    this.server = server;
  }

  static async open(
    context: BrowserContext,
    server: StaticServer,
    allowOrigins: readonly string[] = [],
  ): Promise<Session> {
    const page = await context.newPage();
    const session = new Session(context, page, server);
    session.allowedOrigins = allowOrigins;
    // Anything for another origin is recorded and refused: the tests never reach the network.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      const origin = new URL(url).origin;
      if (origin === server.origin || allowOrigins.includes(origin)) return route.continue();
      session.foreignRequests.push(url);
      return route.abort('blockedbyclient');
    });
    context.on('request', (request) => session.requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      if (session.#expectedMissing.has(where)) return;
      session.consoleErrors.push(`${message.text()}${where ? ` (${where})` : ''}`);
    });
    page.on('pageerror', (error) => session.consoleErrors.push(`uncaught: ${error.message}`));
    page.on('dialog', (dialog) => {
      session.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    return session;
  }

  /** Opens a path under the base, e.g. `events/x/#claim-y`. */
  async goto(path = ''): Promise<void> {
    await this.page.goto(this.server.url(path), { waitUntil: 'load' });
  }

  /** A page that is meant to be missing: its 404 is not a console error. */
  expectMissing(path: string): string {
    const url = this.server.url(path);
    this.#expectedMissing.add(url);
    return url;
  }

  /** The page's path under the base, with its hash: `events/x/#claim-y`. */
  where(): string {
    const url = new URL(this.page.url());
    return `${url.pathname.slice(this.server.base.length)}${url.hash}`;
  }

  /** Nothing went wrong: no console error, no dialog, no request to another origin. */
  expectClean(): void {
    expect(this.consoleErrors, 'console errors').toEqual([]);
    expect(this.dialogs, 'dialogs opened').toEqual([]);
    expect(this.foreignRequests, 'requests to another origin').toEqual([]);
    expect(
      this.requests.filter(
        (url) =>
          ![this.server.origin, ...this.allowedOrigins].some((origin) => url.startsWith(`${origin}/`)) &&
          !url.startsWith('data:'),
      ),
    ).toEqual([]);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
