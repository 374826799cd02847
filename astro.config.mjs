// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Site address and sub-path come from the archive's own settings (content/archive.yml). */
const contentDir = process.env.ARCHIVE_CONTENT_DIR || './content';
const settings = parse(readFileSync(`${contentDir}/archive.yml`, 'utf8')) ?? {};

export default defineConfig({
	site: settings.baseUrl,
	base: settings.basePath ?? '/',
	outDir: process.env.ARCHIVE_OUT_DIR || './dist',
	// Separate caches let several builds (tests, benchmarks) run side by side.
	cacheDir: process.env.ARCHIVE_CACHE_DIR || './node_modules/.astro',
	trailingSlash: 'always',
	// Keep white space between inline elements: lists of names must not run together.
	compressHTML: false,
	build: { format: 'directory', inlineStylesheets: 'always' },
	// Minutes must appear exactly as written: no smart quotes or dashes, no GFM reinterpretation.
	markdown: { processor: satteri({ features: { smartPunctuation: false, gfm: false } }) },
	devToolbar: { enabled: false },
	// Pages that return a `cacheKey` (meeting, case and person-year pages: src/lib/meeting-page-key.ts and page-key.ts)
	// are copied from the previous build when their key, their code and their MDX are unchanged.
	experimental: { incrementalBuild: true },
	prefetch: false,
	// No MDX integration: the meetings' MDX files are read as data by our own content loader (src/loaders), which
	// renders them to HTML without evaluating them, so no meeting becomes a JavaScript module for the bundler.
	vite: { logLevel: 'warn' },
});
