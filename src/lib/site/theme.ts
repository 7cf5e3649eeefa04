/**
 * The theme: light or dark follows `prefers-color-scheme` unless the reader has chosen one
 * with the toggle, which is remembered in `localStorage` and set as `data-theme` on
 * `<html>`.
 *
 * The choice must be applied before the first paint, or a reader who chose dark sees a
 * flash of light: so this one script is inline in `<head>`, not a deferred module. Astro's
 * Content Security Policy hashes only the scripts it bundles; this one's hash is added to
 * `security.csp.scriptDirective.hashes` in `astro.config.mjs`, so it runs without
 * `'unsafe-inline'`.
 * @see https://docs.astro.build/en/reference/configuration-reference/#securitycspscriptdirectivehashes
 */
import { createHash } from 'node:crypto';

export const THEME_STORAGE_KEY = 'theme';

/**
 * Kept tiny and free of anything that varies, so its hash is stable. It also marks `<html>`
 * with the class `js`, so that the theme button, which needs a script, is laid out in the
 * first paint instead of appearing later and shifting the header.
 */
export const THEME_SCRIPT =
  `var d=document.documentElement;d.classList.add('js');` +
  `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');` +
  `if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}`;

/** The CSP source for the script above: `sha256-…`. */
export function themeScriptHash(script = THEME_SCRIPT): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}
