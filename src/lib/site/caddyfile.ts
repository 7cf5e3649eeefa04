/**
 * The header policy and the moved pages as a Caddyfile snippet, to `import` in a site
 * block whose `root` holds the site at its base path. Caddy applies every matching
 * `header` directive, so the snippet follows the policy's parts as `_headers` does: one
 * for every response, one for every path outside `embed/`, one for `embed/`, one for assets.
 * @see https://caddyserver.com/docs/caddyfile/directives/header · https://caddyserver.com/docs/caddyfile/directives/handle_errors
 */
import type { Redirect } from './redirects-file.ts';
import { HOST_FILES, quoted } from './host-files.ts';
import { EMBED_FOLDER } from './urls.ts';
import type { HeaderList, HeaderPolicy } from './security.ts';

function header(matcher: string, list: HeaderList): string[] {
  return [`header ${matcher} {`, ...list.map(([name, value]) => `\t${name} ${quoted(value)}`), '}'];
}

export function caddyfile(base: string, policy: HeaderPolicy, moved: readonly Redirect[]): string {
  const embed = `${base}${EMBED_FOLDER}/*`;
  return [
    `# Written by the build for the base path ${base}. Import it in a site block whose root`,
    `# holds the built files at ${base}, e.g. with dist/ copied to /srv/www${base}:`,
    `#   example.org {`,
    `#   \troot * /srv/www`,
    `#   \timport /srv/www${base}${HOST_FILES.caddy}`,
    `#   }`,
    `@host_files path ${Object.values(HOST_FILES)
      .map((file) => `${base}${file}`)
      .join(' ')}`,
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
    'file_server',
    'handle_errors {',
    `\trewrite * ${base}404.html`,
    '\tfile_server',
    '}',
    '',
  ].join('\n');
}
