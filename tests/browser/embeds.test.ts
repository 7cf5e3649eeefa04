/**
 * Embeds on another site: a host page on a second local origin frames the timeline, an
 * event and a measure; a click inside lands the whole window on the canonical page, its
 * `#claim-…` intact. A page that is not an embed refuses to be framed (the server applies
 * the build's `_headers`, as Netlify and Cloudflare Pages do). Screenshots of a host page,
 * wide and narrow, go to `screenshots/embeds/`.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { describeInBrowser, type Session } from './harness.ts';

const EVENT = 'events/2019-10-13-ain-issa-camp-escape/';
const MEASURE = 'ain-issa-escapees';

/** A host site on its own origin: `/?src=<url>` is an article with that URL in an iframe. */
async function hostSite(): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://host').searchParams.get('src') ?? '';
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A news article</title>
<style>body{font:17px/1.5 Georgia,serif;max-width:44rem;margin:0 auto;padding:1rem;background:#fff;color:#222}</style></head>
<body><h1>A host article that embeds the timeline</h1><p>Paragraph before the embed.</p>
<iframe id="embed" src="${src.replace(/"/g, '&quot;')}" title="Embedded" width="640" height="400" style="border:1px solid #ccc;max-width:100%"></iframe>
<p>Paragraph after the embed.</p>
<script>
addEventListener('message', (e) => {
  if (!e.data || e.data.type !== 'syria-timeline:embed-height') return;
  const frame = document.getElementById('embed');
  if (frame.contentWindow === e.source) { frame.height = String(e.data.height); document.body.dataset.resized = e.data.height; }
});
</script></body></html>`;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describeInBrowser('embeds on another site', (env) => {
  let host: { origin: string; server: Server };
  beforeAll(async () => {
    host = await hostSite();
  });
  afterAll(() => new Promise<void>((done) => host.server.close(() => done())));

  const hostPage = (path: string) => `${host.origin}/?src=${encodeURIComponent(env.server.url(path))}`;

  async function embedded(path: string, options: Parameters<typeof env.session>[0] = {}): Promise<[Session, Frame]> {
    const session = await env.session({ ...options, allowOrigins: [host.origin] });
    await session.page.goto(hostPage(path), { waitUntil: 'load' });
    const frame = await (await session.page.waitForSelector('#embed')).contentFrame();
    if (!frame) throw new Error(`no frame for ${path}`);
    await frame.waitForLoadState('load');
    return [session, frame];
  }

  it.each([
    ['an event', `embed/${EVENT}`, `a[href$="${EVENT}#claim-kurds-almost-800-escaped"]`],
    ['a measure', `embed/claims/${MEASURE}/`, `a[href*="#claim-"]`],
  ])('%s: a claim link opens its permalink in the top window, fragment intact', async (_, path, selector) => {
    const [session, frame] = await embedded(path);
    expect(await frame.locator('h1').count()).toBe(1);
    expect(await frame.locator('.site-header, .site-footer').count()).toBe(0);
    const link = frame.locator(selector).first();
    const href = new URL((await link.getAttribute('href'))!, frame.url()).href;
    expect(href).toMatch(/#claim-[a-z0-9-]+$/);
    await Promise.all([session.page.waitForURL(href), link.click()]);
    // The whole window moved: the host page is gone, the canonical page is there, scrolled to the claim.
    expect(session.page.url()).toBe(href);
    expect(session.page.url().startsWith(env.server.origin)).toBe(true);
    const anchor = decodeURIComponent(new URL(href).hash.slice(1));
    expect(await session.page.locator(`[id="${anchor}"]`).count()).toBe(1);
    expect(await session.page.locator('.site-header').count()).toBe(1);
    session.expectClean();
    await session.close();
  });

  it('the timeline: an event link opens the event’s page in the top window', async () => {
    const [session, frame] = await embedded('embed/timeline/');
    const link = frame.locator(`a[href$="${EVENT}"]`).first();
    await Promise.all([session.page.waitForURL(env.server.url(EVENT)), link.click()]);
    expect(session.page.url()).toBe(env.server.url(EVENT));
    session.expectClean();
    await session.close();
  });

  it('every embed links back to its full page, and tells a host that listens how tall it is', async () => {
    for (const [path, full] of [
      [`embed/${EVENT}`, EVENT],
      ['embed/timeline/', ''],
    ] as const) {
      const [session, frame] = await embedded(path);
      const back = frame.locator('.embed__footer a').first();
      expect(new URL((await back.getAttribute('href'))!, frame.url()).href).toBe(env.server.url(full));
      await session.page.waitForFunction(() => Number(document.body.dataset.resized) > 400);
      const { height, content } = await session.page.evaluate(() => ({
        height: Number(document.getElementById('embed')!.getAttribute('height')),
        content: Number(document.body.dataset.resized),
      }));
      const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
      expect(height).toBe(content);
      expect(Math.abs(height - inner)).toBeLessThan(40);
      session.expectClean();
      await session.close();
    }
  });

  it('reads without JavaScript inside the frame', async () => {
    const [session, frame] = await embedded(`embed/${EVENT}`, { javaScriptEnabled: false });
    expect(await frame.locator('h1').innerText()).toMatch(/Ain Issa/);
    expect(await frame.locator('.claim').count()).toBeGreaterThan(0);
    await session.close();
  });

  it('a page that is not an embed refuses to be framed', async () => {
    const response = await fetch(env.server.url(EVENT));
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const embedResponse = await fetch(env.server.url(`embed/${EVENT}`));
    expect(embedResponse.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    expect(embedResponse.headers.get('x-frame-options')).toBeNull();

    const session = await env.session({ allowOrigins: [host.origin] });
    await session.page.goto(hostPage(EVENT), { waitUntil: 'load' });
    const frame = await (await session.page.waitForSelector('#embed')).contentFrame();
    await session.page.waitForTimeout(300);
    // Chromium replaces a refused frame with its own error page: none of the site's content is there.
    const shown = await frame!.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => '');
    expect(shown).not.toMatch(/Ain Issa/);
    expect(frame!.url()).not.toBe(env.server.url(EVENT));
    await session.close();
  });

  it('screenshots a host page with an embed, wide and narrow, light and dark', async () => {
    mkdirSync('screenshots/embeds', { recursive: true });
    for (const [name, width] of [
      ['wide', 1280],
      ['narrow', 390],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const path of [`embed/${EVENT}`, `embed/claims/${MEASURE}/`, 'embed/timeline/']) {
          const [session] = await embedded(path, { viewport: { width, height: 900 }, colorScheme });
          await session.page.waitForFunction(() => Number(document.body.dataset.resized) > 0);
          const slug = path.split('/').filter(Boolean).slice(1, 2).join('');
          await session.page.screenshot({
            path: `screenshots/embeds/${slug}-${name}-${colorScheme}.png`,
            fullPage: false,
          });
          session.expectClean();
          await session.close();
        }
      }
    }
  }, 120_000);
});
