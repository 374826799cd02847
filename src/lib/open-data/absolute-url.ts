import { href } from '../href.ts';

/** The public address of a site path (`/organ/krf/`) from the archive's `baseUrl` and `basePath`, keeping any `#fragment`. */
export function absoluteUrl(path: string, settings: { baseUrl: string; basePath: string }): string {
	return new URL(href(path, settings.basePath), settings.baseUrl).href;
}
