/**
 * The generator's public entry: the Astro integration `protokollarkiv()`. The package ships TypeScript and Node does
 * not strip types under node_modules, so this entry registers tsx before it loads the integration: `astro.config.mjs`
 * then loads in Node itself, and the integration's hooks can load the converter's modules when they need them.
 */
import { register } from 'tsx/esm/api';

register();
const { protokollarkiv } = await import('./integration.ts');

export { protokollarkiv };
export default protokollarkiv;
