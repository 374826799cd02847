import type { Theme } from '../schema/archive.ts';

/** The CSS that gives the site the theme's colours (validated `#rrggbb` values), light and dark; empty without any. `:root:root` outweighs the stylesheet's `:root` wherever the page puts it. */
export function themeStyle(theme: Theme): string {
	const { primary, accent } = theme.colors;
	const rules = (scheme: 'light' | 'dark') =>
		[primary && `--link: ${primary[scheme]}; --visited: ${primary[scheme]};`, accent && `--accent: ${accent[scheme]};`].filter(Boolean).join(' ');
	const light = rules('light');
	if (!light) return '';
	return `:root:root { ${light} } @media (prefers-color-scheme: dark) { :root:root { ${rules('dark')} } }`;
}
