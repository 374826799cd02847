/** Types of the public entry (src/index.mjs): the integration and its options. */
export { type ProtokollarkivOptions, protokollarkiv, protokollarkiv as default } from './integration.ts';
