import { sv, type UiStrings } from './sv.ts';

/** Interface strings per language; add a language by adding a module with the same shape. */
const languages: Record<string, UiStrings> = { sv };

/** The interface strings of the site's language (Swedish unless another one is added). */
export const ui: UiStrings = languages.sv!;

/** Returns the interface strings for a language, falling back to Swedish. */
export function t(lang = 'sv'): UiStrings {
	return languages[lang] ?? sv;
}
