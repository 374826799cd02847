/** The generator's public entry: the Astro integration that turns a content folder of minutes into an archive site. */

export type { IntegrationUserOptions as ProtokollarkivOptions } from './integration/options.ts';
export { protokollarkiv as default, protokollarkiv } from './integration/protokollarkiv.ts';
