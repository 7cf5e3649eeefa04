/**
 * Which public address a build prints in canonical links, Open Graph, the feed, the sitemap,
 * robots.txt, JSON-LD and "Copy link". `http://localhost:4321` only for a build to look at on
 * this machine; a build anywhere else takes `SITE_URL`, or the host's own production
 * address, or refuses: a site whose every shared link points at localhost is worse than none.
 */
import { DEFAULT_SITE_URL, normalizeSiteUrl, siteBase } from './site-address.ts';

type Env = Readonly<Record<string, string | undefined>>;

export interface SiteUrlChoice {
  /** The origin: `https://example.org`. */
  readonly url: string;
  /** Where it came from, for the build log: `SITE_URL`, `URL (Netlify)`… */
  readonly from: string;
  /** The base path, from `BASE_PATH` or the path `SITE_URL` names: `/` or `/repo/`. */
  readonly base: string;
}

/**
 * A host's own address for the site, where its build gives a stable one.
 * Netlify's `URL` is the site's main address (its custom domain once there is one).
 * Vercel's `VERCEL_PROJECT_PRODUCTION_URL` is the production domain, given without a
 * scheme, in preview builds too; `VERCEL_URL` is not used: it names one deployment.
 * Cloudflare Pages gives only `CF_PAGES_URL`, each deployment's own `<hash>.<project>.pages.dev`,
 * so it is not used, and GitHub Pages gives none to the build (the workflow passes
 * `SITE_URL` from `actions/configure-pages`).
 * @see https://docs.netlify.com/configure-builds/environment-variables/ · https://vercel.com/docs/environment-variables/system-environment-variables
 */
const HOST_ADDRESSES = [
  { variable: 'URL', host: 'Netlify', origin: (value: string) => value },
  { variable: 'VERCEL_PROJECT_PRODUCTION_URL', host: 'Vercel', origin: (value: string) => `https://${value}` },
] as const;

/** Variables that say a build runs on a CI machine or a host rather than a developer's. */
const ELSEWHERE = ['CI', 'NETLIFY', 'CF_PAGES', 'VERCEL', 'GITHUB_ACTIONS'] as const;

/** Every variable the choice reads: tests that build clear them to start from nothing. */
export const SITE_URL_VARIABLES = ['SITE_URL', ...HOST_ADDRESSES.map((h) => h.variable), ...ELSEWHERE] as const;

/** `CI=true` (or a host's own marker): the variable that shows it, or undefined on a developer's machine. */
export function buildsElsewhere(env: Env): string | undefined {
  const name = ELSEWHERE.find((variable) => {
    const value = env[variable]?.trim().toLowerCase();
    return value !== undefined && value !== '' && value !== 'false' && value !== '0';
  });
  return name && `${name}=${env[name]}`;
}

export class SiteUrlError extends Error {}

function refusal(signal: string): string {
  return [
    `SITE_URL is not set, and this build runs elsewhere than on a developer's machine (${signal}),`,
    `so it would publish ${DEFAULT_SITE_URL} in every canonical link, feed item and link preview.`,
    'Set SITE_URL to the public address of the site, for example:',
    '  SITE_URL=https://example.org npm run build',
    '(on a host, as an environment variable in its settings; add BASE_PATH=/path/ if the site lives under a path).',
    'Netlify and Vercel give their address on their own (URL, VERCEL_PROJECT_PRODUCTION_URL); Cloudflare Pages',
    'and GitHub Pages do not, so set SITE_URL there. To build for this machine only: npm run build -- --local',
  ].join('\n');
}

/**
 * The address for this build. `local`: a build to look at here (`npm start`, `npm test`),
 * where localhost is right even in CI. `SITE_URL` always wins when it is set.
 */
export function chooseSiteUrl(env: Env, { local = false } = {}): SiteUrlChoice {
  let base: string;
  try {
    base = siteBase(env);
  } catch (error) {
    throw new SiteUrlError((error as Error).message);
  }
  if (env.SITE_URL?.trim()) return { url: normalizeSiteUrl(env.SITE_URL), from: 'SITE_URL', base };
  if (local) return { url: DEFAULT_SITE_URL, from: 'a build for this machine', base };
  for (const { variable, host, origin } of HOST_ADDRESSES) {
    const value = env[variable]?.trim();
    if (value) return { url: normalizeSiteUrl(origin(value)), from: `${variable} (${host})`, base };
  }
  const signal = buildsElsewhere(env);
  if (signal) throw new SiteUrlError(refusal(signal));
  return {
    url: DEFAULT_SITE_URL,
    from: 'the default for a build on this machine; set SITE_URL before publishing',
    base,
  };
}
