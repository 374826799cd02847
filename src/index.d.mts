/** Types of the public entry (src/index.mjs): the integration and its options. */
export { protokollarkiv, protokollarkiv as default, type ProtokollarkivOptions } from './integration.ts';
