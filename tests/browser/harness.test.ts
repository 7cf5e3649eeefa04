/**
 * The browser checks can fail: the recorder notices a request to another origin, a
 * console error and a dialog; axe notices a violation; the server answers as a host does.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { describeInBrowser, type Session } from './harness.ts';

describeInBrowser('the browser harness', (env) => {
  let session: Session;
  beforeEach(async () => {
    session = await env.session();
  });
  afterEach(async () => {
    await session.close();
  });

  it('records and refuses a request to another origin, a console error and a dialog', async () => {
    await session.goto('');
    await session.page.evaluate(async () => {
      console.error('something broke');
      alert('hello');
      await fetch('https://example.org/tracker.gif').catch(() => undefined);
    });
    expect(session.foreignRequests).toEqual(['https://example.org/tracker.gif']);
    expect(session.consoleErrors.some((text) => text.includes('something broke'))).toBe(true);
    expect(session.dialogs).toEqual(['alert: hello']);
    expect(() => session.expectClean()).toThrow();
  });

  it('finds an accessibility violation when there is one', async () => {
    await session.goto('');
    await session.page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'favicon.svg';
      document.querySelector('main')?.append(img);
    });
    const { violations } = await new AxeBuilder({ page: session.page }).withTags(['wcag2a']).analyze();
    expect(violations.map((violation) => violation.id)).toContain('image-alt');
  });

  it('serves folders with a slash, redirects without one, and answers 404 with the 404 page', async () => {
    const { server } = env;
    const folder = await fetch(server.url('about/'));
    expect(folder.status).toBe(200);
    expect(await folder.text()).toContain('<h1>About this timeline</h1>');
    const bare = await fetch(server.url('about'), { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([301, `${server.base}about/`]);
    const missing = await fetch(server.url('no/such/page/'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
    const escape = await fetch(`${server.origin}${server.base}..%2F..%2Fetc%2Fpasswd`);
    expect(escape.status).toBe(404);
  });
});
