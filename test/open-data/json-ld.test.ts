import { describe, expect, it } from 'vitest';
import { jsonLd } from '../../src/lib/open-data/json-ld.ts';
import { meetingJsonLd } from '../../src/lib/open-data/meeting-json-ld.ts';
import { personJsonLd } from '../../src/lib/open-data/person-json-ld.ts';
import { fixtureIndex, hostile } from './fixture.ts';

const index = fixtureIndex();

describe('jsonLd', () => {
	it('never lets text close the script, and stays the same JSON', () => {
		const text = jsonLd({ name: hostile, other: '<!-- \u2028 -->' });
		expect(text).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(text)).toEqual({ name: hostile, other: '<!-- \u2028 -->' });
	});
});

describe('meetingJsonLd', () => {
	it('describes a meeting with a full date as a schema.org Event', () => {
		const data = meetingJsonLd(index.meetingsById.get('krf/2023-02-01')!.data, index);
		expect(data).toMatchObject({
			'@type': 'Event',
			startDate: '2023-02-01T09:00',
			endDate: '2023-02-01T13:00',
			url: 'https://example.org/arkiv/organ/krf/2023-02-01/',
			location: { '@type': 'Place', name: 'Falkenberg, Strandbadet' },
			organizer: { '@type': 'Organization', name: 'Region Halland', department: { name: 'Kommun- och regionledningsforum' } },
		});
	});
	it('leaves out the start date of a partial date', () => {
		const data = meetingJsonLd(index.meetingsById.get('krf/2019-06-kopenhamn')!.data, index);
		expect(data).not.toHaveProperty('startDate');
		expect(data).not.toHaveProperty('endDate');
	});
});

describe('personJsonLd', () => {
	it('describes a person with their other spellings and bodies', () => {
		expect(personJsonLd(index.peopleById.get('anna-ek')!, index)).toMatchObject({
			'@type': 'Person',
			name: 'Anna Ek',
			url: 'https://example.org/arkiv/personer/anna-ek/',
			alternateName: ['A. Ek'],
			memberOf: [{ name: 'Kommun- och regionledningsforum' }, { name: 'Kommunalt forum' }],
		});
	});
});
