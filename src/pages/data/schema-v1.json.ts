import type { APIRoute } from 'astro';
import { links } from '../../data/timeline.ts';
import { exportSchema, SCHEMA_FILE } from '../../lib/site/export-schema.ts';
import { paths } from '../../lib/site/urls.ts';

export const GET: APIRoute = () => Response.json(exportSchema(links.absolute(paths.data(SCHEMA_FILE))));
