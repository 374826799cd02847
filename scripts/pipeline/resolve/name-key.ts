/** Normalises a name for comparison (shared with the site, which matches names the same way). */
export { nameKey } from '../../../src/lib/name-key.ts';
