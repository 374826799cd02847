import type { Person } from '../../schema/derived.ts';
import type { ArchiveIndex, MeetingEntry } from '../build-archive-index.ts';
import { sortableDate } from '../sortable-date.ts';
import { absoluteUrl } from './absolute-url.ts';

/** The value seen most recently (by last meeting date), or `undefined`. */
const latest = (values: readonly { value: string; last: string | null }[]) =>
	[...values].sort((a, b) => sortableDate(b.last).localeCompare(sortableDate(a.last)))[0]?.value;

/** schema.org `Person` of a person page: name, page, other spellings, latest title and organisation, and the bodies the person is listed in (`memberOf`). */
export function personJsonLd<M extends MeetingEntry>(person: Person, index: ArchiveIndex<M>): Record<string, unknown> {
	const title = latest(person.titles);
	const organization = latest(person.organizations);
	const others = person.aliases.filter((a) => a !== person.name);
	return {
		'@context': 'https://schema.org',
		'@type': 'Person',
		name: person.name,
		url: absoluteUrl(person.url, index.settings),
		...(others.length > 0 ? { alternateName: others } : {}),
		...(title ? { jobTitle: title } : {}),
		...(organization ? { affiliation: { '@type': 'Organization', name: organization } } : {}),
		memberOf: person.bodies.flatMap((id) => {
			const body = index.bodiesById.get(id);
			return body ? [{ '@type': 'Organization', name: body.name, url: absoluteUrl(`/organ/${body.id}/`, index.settings) }] : [];
		}),
	};
}
