// The bare Astro baseline: Astro's defaults, nothing added.
import { defineConfig } from 'astro/config';

export default defineConfig({});
