/** The interface languages (`language` in archive.yml). */
export type Language = 'sv' | 'en';

/** The interface's language and the archive's own strings, as the integration hands them to the build. */
export interface UiConfig {
	language: Language;
	/** The parsed `content/i18n/<language>.yml`, or `{}`. */
	overrides: Record<string, unknown>;
}
