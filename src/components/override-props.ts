import type { Settings } from '../lib/build-archive-index.ts';

/** The props of the header, and of a site's own that replaces it (`components: { Header }`). */
export interface HeaderProps {
	/** The archive's settings from `archive.yml` (title, publisher, theme with logo and header links). */
	settings: Settings;
	/** The page's path (`/personer/anna-ek/`), to mark the current section in the navigation. */
	path: string;
	/** True on the pages that have a search box of their own (start page, search page). */
	hideSearch: boolean;
}

/** The props of the footer, and of a site's own that replaces it (`components: { Footer }`). */
export interface FooterProps {
	/** The archive's settings from `archive.yml` (title, publisher, theme with footer text and links, license). */
	settings: Settings;
}

/** The props of the start page's introduction, and of a site's own that replaces it (`components: { Intro }`). */
export interface IntroProps {
	/** The archive's settings from `archive.yml` (title, description, publisher). */
	settings: Settings;
}
