import { defineConfig } from 'astro/config';
import protokollarkiv from 'protokollarkiv';
export default defineConfig({ integrations: [protokollarkiv()] });
