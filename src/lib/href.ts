/** Prefixes a site path (`/organ/krf/`) with the configured base path, keeping any `#fragment` or `?query`. */
export function href(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
	if (/^[a-z]+:/i.test(path) || path.startsWith('#')) return path;
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return prefix + path.replace(/^\/+/, '');
}
