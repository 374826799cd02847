import { describe, expect, it } from 'vitest';
import { formatFidelity } from '../../scripts/bench/fidelity/format-fidelity.ts';
import type { LabelledAttendee, Labels, Reading } from '../../scripts/bench/fidelity/labels.ts';
import { foldName } from '../../scripts/bench/fidelity/normalize.ts';
import { addScore, emptyScore, scoreDocument } from '../../scripts/bench/fidelity/score-document.ts';

const person = (name: string, extra: Partial<LabelledAttendee> = {}): LabelledAttendee => ({
	name,
	party: null,
	organization: null,
	title: null,
	roles: [],
	group: 'politician',
	status: 'present',
	presence: null,
	...extra,
});
const labels: Labels = {
	title: 'Kommunstyrelsen',
	date: '2019-03-12',
	endDate: null,
	startTime: '13:00',
	endTime: '15:30',
	location: 'Stadshuset',
	attendees: [
		person('Anna Andersson', { party: 'S', roles: ['ordförande'] }),
		person('Bo Berg', { party: 'M', presence: '§ 12–14' }),
		person('Eva Ek', { status: 'absent' }),
	],
	items: [
		{ number: '12', title: 'Budget 2020', caseNumbers: ['KS 2018/124'] },
		{ number: '2.1', title: 'Mötets behörighet', caseNumbers: [] },
	],
};

describe('scoring what the converter read of one real document', () => {
	it('counts a perfect reading as right everywhere, however role, dash and case-number spellings differ', () => {
		const reading: Reading = {
			title: 'Kommunstyrelsen PROTOKOLL',
			date: '2019-03-12',
			endDate: null,
			startTime: '13:00',
			endTime: '15:30',
			location: 'stadshuset',
			attendees: [
				person('Anna Andersson', { party: 'S', roles: ['ordf.'] }),
				person('Bo  Berg', { party: 'M', presence: '§ 12-14' }),
				person('Eva Ek', { status: 'absent' }),
			],
			items: [
				{ number: '12', title: 'Budget 2020', caseNumbers: ['Dnr KS 2018/124'] },
				{ number: '2.1', title: 'Mötets behörighet', caseNumbers: [] },
			],
		};
		const score = scoreDocument(labels, reading);
		expect(score.attendees).toEqual({ labelled: 3, read: 3, matched: 3 });
		for (const tally of Object.values(score.fields)) expect(tally).toEqual({ right: 3, of: 3 });
		expect(score.items).toMatchObject({ labelled: 2, read: 2, matched: 2, caseNumbers: { right: 2, of: 2 } });
		expect(Object.values(score.header).every((tally) => tally.right === tally.of)).toBe(true);
		expect(score.misses).toEqual([]);
	});

	it('counts a missed attendee as wrong in every field, an invented one against precision, and names each miss', () => {
		const reading: Reading = {
			title: 'Organ utan namn',
			date: null,
			endDate: null,
			startTime: null,
			endTime: null,
			location: null,
			attendees: [person('Anna Andersson', { party: 'S' }), person('Vice ordförande')],
			items: [{ number: '12', title: 'Budget 2020 Ekonomiavdelningen har tagit fram ett förslag till budget', caseNumbers: [] }],
		};
		const score = scoreDocument(labels, reading);
		expect(score.attendees).toEqual({ labelled: 3, read: 2, matched: 1 });
		expect(score.fields.party).toEqual({ right: 1, of: 3 });
		expect(score.fields.roles).toEqual({ right: 0, of: 3 });
		expect(score.items.matched).toBe(0);
		expect(score.statedDates).toEqual({ right: 0, of: 1 });
		expect(score.misses).toContain('missed attendee Bo Berg');
		expect(score.misses).toContain('invented attendee Vice ordförande');
		expect(score.misses).toContain('Anna Andersson: roles [], labelled ["ordförande"]');
	});

	it('counts a name labelled surname first with a comma as the name the converter writes given name first', () => {
		expect(foldName('Sandberg, Henrik')).toBe(foldName('Henrik Sandberg'));
		expect(foldName('Östman Per')).not.toBe(foldName('Per Östman'));
	});
	it('adds documents up and prints recall and precision in per cent', () => {
		const total = emptyScore();
		addScore(total, scoreDocument(labels, { ...labels, title: 'Kommunstyrelsen' }));
		addScore(total, scoreDocument(labels, { ...labels, title: 'Kommunstyrelsen', attendees: [] }));
		const table = formatFidelity([{ family: 'protokoll', documents: 2, score: total }]);
		expect(table.split('\n')[2]).toMatch(/^\| protokoll \| 2 \| 6 \| 50\.0 \| 100\.0 \|/u);
	});
});
