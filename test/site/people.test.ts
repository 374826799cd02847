import { describe, expect, it } from 'vitest';
import { attendanceCounts } from '../../src/lib/attendance-counts.ts';
import { compareNames } from '../../src/lib/compare-names.ts';
import { groupAttendees } from '../../src/lib/group-attendees.ts';
import { groupByInitial } from '../../src/lib/group-by-initial.ts';
import { nameSortKey } from '../../src/lib/name-sort-key.ts';
import { personFilters } from '../../src/lib/person-filters.ts';
import type { Person } from '../../src/schema/derived.ts';
import { attendee } from './helpers.ts';

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
	return {
		id,
		name,
		url: `/personer/${id}/`,
		aliases: [name],
		groups: ['politician'],
		bodies: ['krf'],
		parties: [],
		organizations: [],
		titles: [],
		roles: [],
		appearances: [],
		mentions: [],
		coOccurring: [],
		...extra,
	};
}
const observed = (value: string) => ({ value, body: null, first: '2023', last: '2023', meetings: [] });

describe('the person index', () => {
	const people = ['Åsa Ek', 'Anna Öberg', 'Per Ahl', 'Lisa Andersson', 'Anders Andersson', 'Eva Zetterlund', 'Olle Ärlig', 'Ola Östberg'].map((name, i) =>
		person(String(i), name),
	);
	it('sorts by surname, then first name', () => {
		const names = [...people].sort((a, b) => compareNames(a.name, b.name)).map((p) => p.name);
		expect(names.slice(0, 3)).toEqual(['Per Ahl', 'Anders Andersson', 'Lisa Andersson']);
	});
	it('files Å, Ä and Ö after Z, in that order', () => {
		expect(groupByInitial(people).map((g) => g.letter)).toEqual(['A', 'E', 'Z', 'Ä', 'Ö']);
		expect(
			groupByInitial(people)
				.at(-1)!
				.people.map((p) => p.name),
		).toEqual(['Anna Öberg', 'Ola Östberg']);
	});
	it('takes the last word as surname', () => expect(nameSortKey('Lise-Lotte Bensköld Olsson')).toEqual({ surname: 'Olsson', given: 'Lise-Lotte Bensköld' }));
	it('files a name of one word under its first letter', () => expect(groupByInitial([person('x', 'Ove')])[0]!.letter).toBe('O'));
	it('files names not starting with a letter under #', () =>
		expect(groupByInitial([person('x', '3M'), person('y', 'Anna Berg')]).map((g) => g.letter)).toEqual(['B', '#']));
});

describe('the person filter pages', () => {
	const people = [
		person('a', 'Anna Berg', { parties: [observed('S')], bodies: ['krf', 'kf'] }),
		person('b', 'Bo Ek', { parties: [observed('M'), observed('S')] }),
		person('c', 'Cia Dahl', { groups: ['official'], bodies: ['kf'] }),
	];
	const filters = personFilters(people);
	it('split people by body', () => expect(filters.bodies.get('kf')!.map((p) => p.id)).toEqual(['a', 'c']));
	it('split people by party, under a URL slug', () => {
		expect(filters.parties.get('s')).toMatchObject({ label: 'S' });
		expect(filters.parties.get('s')!.people.map((p) => p.id)).toEqual(['a', 'b']);
	});
	it('split people by group slug', () => {
		expect(filters.groups.get('tjansteperson')!.map((p) => p.id)).toEqual(['c']);
		expect(filters.groups.get('politiker')!.map((p) => p.id)).toEqual(['a', 'b']);
	});
});

describe('a meeting attendance list', () => {
	const list = [
		attendee('A', { group: 'official' }),
		attendee('B'),
		attendee('C', { status: 'absent' }),
		attendee('D', { group: 'other', presence: 'p. 1' }),
		attendee('E'),
	];
	it('groups present people as politicians, officials and others, in the order of the minutes', () => {
		const { present } = groupAttendees(list);
		expect(present.map((g) => [g.group, g.attendees.map((a) => a.name)])).toEqual([
			['politician', ['B', 'E']],
			['official', ['A']],
			['other', ['D']],
		]);
	});
	it('lists the absent apart', () => expect(groupAttendees(list).absent.map((a) => a.name)).toEqual(['C']));
	it('leaves out empty groups', () => expect(groupAttendees([attendee('X')]).present).toHaveLength(1));
});

describe('attendance figures', () => {
	it('count whole, partial and absent listings separately', () => {
		expect(
			attendanceCounts([
				{ status: 'present', presence: null },
				{ status: 'present', presence: 'dag 1' },
				{ status: 'absent', presence: null },
				{ status: 'present', presence: null },
			]),
		).toEqual({ present: 2, partial: 1, absent: 1, listed: 4 });
	});
	it('count only meetings where the person is listed', () => expect(attendanceCounts([]).listed).toBe(0));
});
