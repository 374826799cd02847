import { watch } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { parse as parseYaml } from 'yaml';
import { astroCacheDir, contentDir, generatedDir, outDir, searchCompounds } from '../../scripts/cli/content-dir.ts';
import { convert } from '../../scripts/cli/convert.ts';
import { finishSite } from '../../scripts/cli/finish-site.ts';
import { createProgress, type Progress } from '../../scripts/cli/progress.ts';
import type { BuildConfig } from '../build-config.ts';
import { localise } from '../i18n/ui.ts';
import type { UiConfig } from '../i18n/ui-config.ts';
import type { Archive } from '../schema/archive.ts';
import { componentOverrides } from './component-overrides.ts';
import { type IntegrationUserOptions, parseIntegrationOptions } from './options.ts';
import { routePattern } from './route-pattern.ts';

/** The generator's route files (`src/routes/`), injected into the site instead of a `src/pages/` of its own. */
const routesDir = fileURLToPath(new URL('../routes/', import.meta.url));

/** Progress of the conversion and the indexing on the terminal's error stream, which the CLI passes through as it is. */
function integrationProgress(): Progress {
	return createProgress({ write: (text) => process.stderr.write(text), terminal: Boolean(process.stderr.isTTY), quiet: process.argv.includes('--silent') });
}

/**
 * The interface's language and the archive's own strings (`content/i18n/<language>.yml`), checked here so that a
 * wrong key stops the build with the file and the key named.
 */
async function uiConfig(language: UiConfig['language']): Promise<UiConfig> {
	const file = path.join(contentDir(), 'i18n', `${language}.yml`);
	const text = await readFile(file, 'utf8').catch(() => null);
	if (text === null) return { language, overrides: {} };
	const where = path.relative(process.cwd(), file);
	let overrides: unknown;
	try {
		overrides = parseYaml(text) ?? {};
	} catch (error) {
		throw new Error(`${where} is not valid YAML: ${(error as Error).message}`);
	}
	const config = { language, overrides: overrides as Record<string, unknown> };
	const { problems } = localise(config);
	if (problems.length > 0) throw new Error(`${where} has interface strings that cannot be used:\n${problems.map((line) => `  ${line}`).join('\n')}`);
	return config;
}

/** A folder as the URL Astro's configuration holds after validation (hooks update the validated one). */
const folderUrl = (folder: string): URL => pathToFileURL(`${folder}${path.sep}`);

/** Every route file under `src/routes/`, `/`-separated and relative to it. */
async function routeFiles(): Promise<string[]> {
	const entries = await readdir(routesDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && /\.(astro|ts)$/u.test(entry.name))
		.map((entry) => path.relative(routesDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

/**
 * The archive as an Astro integration: converts `content/` into the content collections when a build or the dev
 * server starts (and again in dev when a file changes), injects the archive's pages, takes the site's address from
 * `archive.yml`, lets a site replace the header, footer and start-page introduction, and after a build copies the
 * originals and indexes the site for search. `astro build` and `astro dev` do the whole job.
 */
export function protokollarkiv(userOptions: IntegrationUserOptions = {}): AstroIntegration {
	const options = parseIntegrationOptions(userOptions);
	return {
		name: 'protokollarkiv',
		hooks: {
			'astro:config:setup': async ({ command, config, updateConfig, injectRoute, logger }) => {
				if (command === 'build' || command === 'dev') {
					if (!(await convert(integrationProgress())))
						throw new Error(`The minutes in ${path.relative(process.cwd(), contentDir()) || '.'} have errors (listed above): the site was not built.`);
				}
				// The settings as the converter validated them (content/archive.yml); absent before the first conversion (`astro sync`).
				const settingsText = await readFile(path.join(generatedDir(), 'settings.json'), 'utf8').catch(() => '[{}]');
				const [settings = {}] = JSON.parse(settingsText) as Partial<Archive>[];
				const ui = await uiConfig(settings.language ?? 'sv');
				for (const file of await routeFiles()) injectRoute({ pattern: routePattern(file), entrypoint: path.join(routesDir, file), prerender: true });
				updateConfig({
					...(settings.baseUrl ? { site: settings.baseUrl } : {}),
					base: settings.basePath ?? '/',
					outDir: folderUrl(outDir()),
					// Separate caches let several builds (tests, benchmarks) run side by side.
					cacheDir: folderUrl(astroCacheDir()),
					trailingSlash: 'always',
					// Keep white space between inline elements: lists of names must not run together.
					compressHTML: false,
					build: { format: 'directory', inlineStylesheets: 'always' },
					// Minutes must appear exactly as written: no smart quotes or dashes, no GFM reinterpretation.
					markdown: { processor: satteri({ features: { smartPunctuation: false, gfm: false } }) },
					devToolbar: { enabled: false },
					// Pages that return a `cacheKey` (meeting, case and person-year pages: src/lib/meeting-page-key.ts and
					// page-key.ts) are copied from the previous build when their key, their code and their MDX are unchanged.
					experimental: { incrementalBuild: true },
					prefetch: false,
					vite: {
						logLevel: 'warn',
						plugins: [componentOverrides(options.components, fileURLToPath(config.root))],
						// What the site's modules need to know of this build (src/build-config.ts).
						define: { __PROTOKOLLARKIV__: JSON.stringify({ generatedDir: generatedDir(), searchCompounds: searchCompounds(), ui } satisfies BuildConfig) },
					},
				});
				logger.debug(`injected the archive's pages; components replaced: ${Object.keys(options.components).join(', ') || 'none'}`);
			},
			'astro:server:setup': ({ logger }) => {
				// The dev server shows a change to the minutes on the next reload: convert again shortly after it.
				let timer: NodeJS.Timeout | undefined;
				let running = Promise.resolve();
				watch(contentDir(), { recursive: true }, (_event, file) => {
					// the interface strings are read once, when the server starts
					if (file && /^i18n[\\/]/u.test(file)) logger.warn(`${file} changed: restart the dev server to see the new interface strings.`);
					clearTimeout(timer);
					timer = setTimeout(() => {
						running = running.then(async () => {
							logger.info(`${file ?? 'content'} changed: converting again…`);
							await convert(integrationProgress());
						});
					}, 150);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const pages = await finishSite(fileURLToPath(dir), integrationProgress());
				logger.info(`Indexed ${pages} pages for search.`);
			},
		},
	};
}
