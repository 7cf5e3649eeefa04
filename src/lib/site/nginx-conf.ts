/**
 * The header policy and the moved pages as an nginx snippet, for a `server` block whose
 * `root` holds the site at its base path. Each request is handled by one `location`, and
 * a `location` with its own `add_header` inherits none, so each carries every header of its
 * zone (`zoneHeaders`), with `always` so that 404s and redirects get them too.
 * @see https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header
 */
import type { Redirect } from './redirects-file.ts';
import { quoted, REFUSED_FILES } from './host-files.ts';
import { EMBED_FOLDER, OEMBED_FOLDER } from './urls.ts';
import { zoneHeaders, type HeaderPolicy, type Zone } from './security.ts';

export function nginxConf(base: string, policy: HeaderPolicy, moved: readonly Redirect[]): string {
  const headers = (zone: Zone) =>
    zoneHeaders(policy, zone).map(([name, value]) => `  add_header ${name} ${quoted(value)} always;`);
  const location = (match: string, zone: Zone, body: string) => [
    `location ${match} {`,
    ...headers(zone),
    `  ${body}`,
    '}',
  ];
  return [
    `# Written by the build for the base path ${base}, beside its output (dist-hosts/ for dist/).`,
    `# Include it in a server block whose root holds the built files at ${base}, e.g. with dist/`,
    `# copied to /srv/www${base} and this file to /etc/nginx/syria-timeline.conf:`,
    `#   server { listen 80; server_name example.org; root /srv/www; include /etc/nginx/syria-timeline.conf; }`,
    `error_page 404 ${base}404.html;`,
    ...REFUSED_FILES.map((file) => `location = ${base}${file} { return 404; }`),
    ...moved.flatMap(({ from, to }) => location(`= ${base}${from}`, 'page', `return 301 ${base}${to};`)),
    ...location(`^~ ${base}_astro/`, 'asset', 'try_files $uri =404;'),
    ...location(`^~ ${base}${EMBED_FOLDER}/`, 'embed', 'try_files $uri $uri/ =404;'),
    ...location(`^~ ${base}${OEMBED_FOLDER}/`, 'oembed', 'try_files $uri =404;'),
    ...location(base, 'page', 'try_files $uri $uri/ =404;'),
    '',
  ].join('\n');
}
