/**
 * The header policy and the moved pages as a Caddyfile snippet, to `import` in a site
 * block whose `root` holds the site at its base path. Caddy applies every matching
 * `header` directive, so the snippet follows the policy's parts: one for every response,
 * one for every path outside `embed/`, one for `embed/`, one for assets, one for oEmbed.
 * @see https://caddyserver.com/docs/caddyfile/directives/header · https://caddyserver.com/docs/caddyfile/directives/handle_errors
 */
import type { Redirect } from './redirects-file.ts';
import { quoted, REFUSED_FILES } from './host-files.ts';
import { EMBED_FOLDER, OEMBED_FOLDER } from './urls.ts';
import type { HeaderList, HeaderPolicy } from './security.ts';

function header(matcher: string, list: HeaderList): string[] {
  return [`header ${matcher} {`, ...list.map(([name, value]) => `\t${name} ${quoted(value)}`), '}'];
}

export function caddyfile(base: string, policy: HeaderPolicy, moved: readonly Redirect[]): string {
  const embed = `${base}${EMBED_FOLDER}/*`;
  return [
    `# Written by the build for the base path ${base}, beside its output (dist-hosts/ for dist/).`,
    `# Import it in a site block whose root holds the built files at ${base}, e.g. with dist/`,
    `# copied to /srv/www${base} and this file to /etc/caddy/syria-timeline.caddy:`,
    `#   example.org {`,
    `#   \troot * /srv/www`,
    `#   \timport /etc/caddy/syria-timeline.caddy`,
    `#   }`,
    `@host_files path ${REFUSED_FILES.map((file) => `${base}${file}`).join(' ')}`,
    'respond @host_files 404',
    ...moved.map(({ from, to }) => `redir ${base}${from} ${base}${to} 301`),
    '@unframed {',
    `\tpath ${base}*`,
    `\tnot path ${embed}`,
    '}',
    ...header(`${base}*`, policy.all),
    ...header('@unframed', policy.unframed),
    ...header(embed, policy.embed),
    ...header(`${base}_astro/*`, policy.assets),
    ...header(`${base}${OEMBED_FOLDER}/*`, policy.oembed),
    'file_server',
    'handle_errors {',
    `\trewrite * ${base}404.html`,
    '\tfile_server',
    '}',
    '',
  ].join('\n');
}
