// @ts-check
import { defineConfig } from 'astro/config';
import protokollarkiv from 'protokollarkiv';

// The demo archive consumes the generator as a content repository does (see README, "Your own archive").
export default defineConfig({ integrations: [protokollarkiv()] });
