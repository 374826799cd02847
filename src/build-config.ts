import type { UiConfig } from './i18n/ui-config.ts';

/** What the integration decides once, when the build starts, and hands to the site's modules (Vite's `define`). */
export interface BuildConfig {
	/** The folder of the content collections the converter wrote (absolute). */
	generatedDir: string;
	/** Whether items get the hidden search words of their compounds (`ARCHIVE_SEARCH_COMPOUNDS=0` turns it off). */
	searchCompounds: boolean;
	/** The interface's language and the archive's own strings. */
	ui: UiConfig;
}

declare const __PROTOKOLLARKIV__: BuildConfig | undefined;

/** The build's settings; outside a build (unit tests) the defaults: `.generated/`, compounds on, Swedish. */
export const buildConfig: BuildConfig =
	typeof __PROTOKOLLARKIV__ === 'undefined'
		? { generatedDir: './.generated', searchCompounds: true, ui: { language: 'sv', overrides: {} } }
		: __PROTOKOLLARKIV__;
