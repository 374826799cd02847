import { slug } from '../slug.ts';

/** The organization id of the organisation behind a body (`Region Halland` → `organisation-region-halland`). */
export function organizationId(name: string): string {
	return `organisation-${slug(name) || 'okand'}`;
}
