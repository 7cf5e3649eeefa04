import type { APIRoute } from 'astro';
import { links } from '../../data/timeline.ts';
import { exportSchema, SCHEMA_FILE } from '../../lib/site/export-schema.ts';

export const GET: APIRoute = () => Response.json(exportSchema(links.absolute(`data/${SCHEMA_FILE}`)));
