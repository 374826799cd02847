import { buildConfig } from '../build-config.ts';
import { applyOverrides } from './apply-overrides.ts';
import { en } from './en.ts';
import { enData } from './en-data.ts';
import { sv, type UiStrings } from './sv.ts';
import { type DataStrings, svData } from './sv-data.ts';
import type { Language, UiConfig } from './ui-config.ts';

/** The interface languages, each a module with the same shape; `language` in archive.yml picks one. */
export const languages = { sv: { ui: sv, data: svData }, en: { ui: en, data: enData } } satisfies Record<Language, { ui: UiStrings; data: DataStrings }>;

/** The language the minutes are written in: they are never translated, whatever the interface's language. */
export const minutesLanguage = 'sv';

/** The archive's interface strings: its language's, with its own strings in their place (see `applyOverrides`). */
export function localise(config: UiConfig): { ui: UiStrings; data: DataStrings; problems: string[] } {
	const own = languages[config.language] ?? languages.sv;
	const dataKeys = new Set(Object.keys(own.data));
	const part = (inData: boolean) => Object.fromEntries(Object.entries(config.overrides).filter(([key]) => dataKeys.has(key) === inData));
	const ui = applyOverrides(own.ui, part(false));
	const data = applyOverrides(own.data, part(true));
	return { ui: ui.strings, data: data.strings, problems: [...ui.problems, ...data.problems] };
}

const localised = localise(buildConfig.ui);

/** The interface strings of the site's language, with the archive's own strings. */
export const ui: UiStrings = localised.ui;

/** The strings of the feeds, calendars, structured data and the open-data page, in the site's language. */
export const dataUi: DataStrings = localised.data;

/** The `lang` attribute of minutes text on a page in another language (`undefined` when the interface is Swedish too). */
export const minutesLang: string | undefined = ui.lang === minutesLanguage ? undefined : minutesLanguage;

/** The `lang` attribute of interface text inside minutes text (labels within an item), when the two differ. */
export const interfaceLang: string | undefined = ui.lang === minutesLanguage ? undefined : ui.lang;
