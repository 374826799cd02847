import { describe, expect, it } from 'vitest';
import { parseIntegrationOptions } from '../../src/integration/options.ts';

describe('parseIntegrationOptions: the options of protokollarkiv() in astro.config.mjs', () => {
	it('accepts no options at all: nothing is replaced', () => {
		expect(parseIntegrationOptions(undefined)).toEqual({ components: {} });
		expect(parseIntegrationOptions({})).toEqual({ components: {} });
	});

	it('keeps the components a site replaces', () => {
		const options = parseIntegrationOptions({ components: { Footer: './src/MinFot.astro', Intro: './src/Inledning.astro' } });
		expect(options.components).toEqual({ Footer: './src/MinFot.astro', Intro: './src/Inledning.astro' });
	});

	it('names the field of a component that is not an .astro file', () => {
		expect(() => parseIntegrationOptions({ components: { Header: './src/Header.tsx' } })).toThrow(/components\.Header.*\.astro/u);
	});

	it('names a component that cannot be replaced, and an unknown option', () => {
		expect(() => parseIntegrationOptions({ components: { Sidebar: './src/Sidebar.astro' } })).toThrow(/components/u);
		expect(() => parseIntegrationOptions({ theme: {} })).toThrow(/theme|Unrecognized/u);
	});
});
