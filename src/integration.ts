/** The generator's public entry: the Astro integration that turns a content folder of minutes into an archive site. */

export type { FooterProps, HeaderProps, IntroProps } from './components/override-props.ts';
export type { IntegrationUserOptions as ProtokollarkivOptions } from './integration/options.ts';
export { protokollarkiv as default, protokollarkiv } from './integration/protokollarkiv.ts';
export type { Settings } from './lib/build-archive-index.ts';
