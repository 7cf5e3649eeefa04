/**
 * The one Chromium launcher: the browser tests, `npm run screenshots` and `npm run lighthouse`
 * start Debian's Chromium (or `CHROMIUM_PATH`) with the same flags, for a root user on a
 * closed network: no sandbox, no background connections.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `CHROMIUM_PATH` if set (and only it), else Debian's Chromium; undefined when there is none. */
export function chromiumPath(): string | undefined {
  const candidates = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => existsSync(path));
}

/** Starts Chromium, headless, with those flags. */
export function launchChromium(executablePath = chromiumPath()): Promise<Browser> {
  if (!executablePath)
    throw new Error('No Chromium found (CHROMIUM_PATH, /usr/bin/chromium): apt-get install -y chromium');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
