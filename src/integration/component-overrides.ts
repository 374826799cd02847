import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { IntegrationOptions, OverridableComponent } from './options.ts';

/** The generator's own component behind each name a site may override. */
const defaults: Record<OverridableComponent, string> = {
	Header: fileURLToPath(new URL('../components/Header.astro', import.meta.url)),
	Footer: fileURLToPath(new URL('../components/Footer.astro', import.meta.url)),
	Intro: fileURLToPath(new URL('../components/Intro.astro', import.meta.url)),
};

const prefix = 'virtual:protokollarkiv/components/';

/**
 * A Vite plugin that resolves `virtual:protokollarkiv/components/<Name>` to the site's own component when
 * `components.<Name>` names one (a path relative to `root`), else to the generator's.
 */
export function componentOverrides(components: IntegrationOptions['components'], root: string): Plugin {
	return {
		name: 'protokollarkiv:component-overrides',
		enforce: 'pre',
		resolveId(id) {
			if (!id.startsWith(prefix)) return undefined;
			const name = id.slice(prefix.length) as OverridableComponent;
			if (!(name in defaults)) return undefined;
			const own = components[name];
			return own ? path.resolve(root, own) : defaults[name];
		},
	};
}
