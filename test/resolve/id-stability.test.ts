import { describe, expect, it } from 'vitest';
import { type PersonMention, resolvePeople } from '../../scripts/pipeline/resolve/resolve-people.ts';
import { empty, mention } from './person-mentions.ts';

const idsByMeeting = (mentions: PersonMention[]) => {
	const result = resolvePeople(mentions, empty);
	return Object.fromEntries(mentions.map((item, index) => [`${item.meeting} ${item.name}`, result.ids[index]]));
};

describe('id stability', () => {
	const first = mention('Per Persson', { meeting: 'krf/2023-02-01', organization: 'Halmstads kommun', party: 'S' });
	const namesake = mention('Per Persson', { meeting: 'krf/2024-05-01', organization: 'Falkenbergs kommun', party: 'S' });

	it('gives a person the slug of the name', () => {
		expect(idsByMeeting([first])).toEqual({ 'krf/2023-02-01 Per Persson': 'per-persson' });
	});

	it('does not change the first person’s id when a later meeting brings a namesake', () => {
		expect(idsByMeeting([first, namesake])).toEqual({
			'krf/2023-02-01 Per Persson': 'per-persson',
			'krf/2024-05-01 Per Persson': 'per-persson-falkenbergs-kommun',
		});
	});

	it('does not depend on the order in which files arrive', () => {
		expect(idsByMeeting([namesake, first])).toEqual(idsByMeeting([first, namesake]));
		const third = mention('Per Persson', { meeting: 'kf/2025', organization: 'Växjö kommun' });
		expect(idsByMeeting([third, namesake, first])).toEqual(idsByMeeting([first, namesake, third]));
		expect(idsByMeeting([third, namesake, first])['kf/2025 Per Persson']).toBe('per-persson-vaxjo-kommun');
	});

	it('breaks ties of the same date by source path, then line', () => {
		const a = mention('Anna Berg', { meeting: 'a/2024', date: '2024', party: 'S', source: 'minutes/a/x.txt', line: 9 });
		const b = mention('Anna Berg', { meeting: 'b/2024', date: '2024', party: 'M', source: 'minutes/b/x.txt', line: 1 });
		expect(resolvePeople([b, a], empty).ids).toEqual(['anna-berg-m', 'anna-berg']);
	});

	it('uses the party, then the year, when namesakes share the organisation', () => {
		const ids = resolvePeople(
			[
				mention('Anna Berg', { meeting: 'krf/2020', party: 'S' }),
				mention('Anna Berg', { meeting: 'krf/2021', party: 'M' }),
				mention('Anna Berg', { meeting: 'krf/2022', party: 'KD' }),
			],
			empty,
		).ids;
		expect(ids).toEqual(['anna-berg', 'anna-berg-m', 'anna-berg-kd']);
	});

	it('keeps a merged person on the id of its first appearance when a later spelling joins', () => {
		const before = resolvePeople([mention('Mattias Lund', { meeting: 'krf/2020', title: 'Kommundirektör' })], empty).ids;
		const after = resolvePeople(
			[mention('Mattias Lund', { meeting: 'krf/2020', title: 'Kommundirektör' }), mention('Matthias Lund', { meeting: 'krf/2021', title: 'Kommundirektör' })],
			empty,
		).ids;
		expect(after).toEqual([before[0], before[0]]);
	});
});
