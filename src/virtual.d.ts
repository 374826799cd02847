/** The components a site may replace (src/integration/component-overrides.ts resolves them to the site's or the generator's). */
declare module 'virtual:protokollarkiv/components/Header' {
	const Header: typeof import('./components/Header.astro').default;
	export default Header;
}
declare module 'virtual:protokollarkiv/components/Footer' {
	const Footer: typeof import('./components/Footer.astro').default;
	export default Footer;
}
declare module 'virtual:protokollarkiv/components/Intro' {
	const Intro: typeof import('./components/Intro.astro').default;
	export default Intro;
}
