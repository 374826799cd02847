import { slug } from '../slug.ts';

/** The organization id of a party abbreviation as written (`S` → `parti-s`, `KD` → `parti-kd`). */
export function partyId(party: string): string {
	return `parti-${slug(party) || 'okant'}`;
}
