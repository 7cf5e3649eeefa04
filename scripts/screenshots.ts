/**
 * `npm run screenshots -- [base URL]`: pictures of the main pages, wide and narrow, light
 * and dark, into `screenshots/` (not committed), with Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.ts';

const base = process.argv[2] ?? 'http://localhost:4321/';
const pages = (
  process.env.PAGES ??
  ',events/2019-10-13-ain-issa-camp-escape/,articles/2019-10-13-hundreds-of-is-relatives-escape-camp/'
).split(',');
const sizes = [
  { name: 'wide', width: 1280, height: 900 },
  { name: 'narrow', width: 390, height: 844 },
];
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];

const browser = await launchChromium();
mkdirSync('screenshots', { recursive: true });
for (const path of pages) {
  for (const size of sizes) {
    for (const colorScheme of schemes) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, colorScheme });
      await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
      const name = (path.replace(/\/$/, '').replace(/[^a-z0-9]+/gi, '-') || 'home').slice(0, 50);
      const file = `screenshots/${name}-${size.name}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
