import { describe, expect, it } from 'vitest';
import { groupTopics } from '../../src/lib/group-topics.ts';
import { relatedTopics } from '../../src/lib/related-topics.ts';
import { topicPeople } from '../../src/lib/topic-people.ts';
import type { Topic } from '../../src/schema/derived.ts';
import { attendee, item, meeting } from './helpers.ts';

function topic(id: string, label: string, extra: Partial<Topic> = {}): Topic {
	return { id, label, url: `/amnen/${id}/`, description: '', synonyms: [], abbreviations: [], broader: null, origin: 'registry', items: [], ...extra };
}
const topics = [
	topic('utveckling', 'Regional utveckling'),
	topic('rus', 'Regional utvecklingsstrategi', {
		broader: 'utveckling',
		items: [
			{ meeting: 'krf/a', anchor: 'punkt-1' },
			{ meeting: 'krf/b', anchor: 'punkt-1' },
		],
	}),
	topic('rus-remiss', 'Remiss av RUS', { broader: 'rus' }),
	topic('vard', 'Vård'),
	topic('incheckning', 'Incheckning', { origin: 'recurring' }),
	topic('ateruppstart', 'Återstart', { origin: 'recurring' }),
];

describe('the topic index', () => {
	const groups = groupTopics(topics);
	it('groups topics under their top-level topic, in Swedish order', () => {
		expect(groups.map((g) => g.parent?.id ?? null)).toEqual(['utveckling', 'vard', null]);
	});
	it('puts deeper topics under the top-level one', () => expect(groups[0]!.children.map((t) => t.id)).toEqual(['rus', 'rus-remiss']));
	it('lists recurring agenda titles last, Å after I', () => expect(groups.at(-1)!.children.map((t) => t.id)).toEqual(['incheckning', 'ateruppstart']));
});

describe('a topic page', () => {
	const meetings = new Map([
		[
			'krf/a',
			meeting('krf', 'a', '2023', {
				attendees: [attendee('Mia Ek'), attendee('Bo Al', { status: 'absent' })],
				items: [item(1, { topics: ['rus', 'vard'], participants: [{ name: 'Gäst', person: 'gast', organization: null, title: null }] })],
			}),
		],
		['krf/b', meeting('krf', 'b', '2024', { attendees: [attendee('Mia Ek')], items: [item(1, { topics: ['rus', 'vard', 'utveckling'] })] })],
	]);
	const items = new Map([...meetings].flatMap(([id, m]) => m.data.items.map((i) => [`${id}#${i.anchor}`, i] as const)));
	it('ranks the people present at its meetings or taking part in its items', () => {
		expect(topicPeople(topics[1]!.items, meetings)).toEqual([
			{ person: 'mia-ek', count: 2 },
			{ person: 'gast', count: 1 },
		]);
	});
	it('does not count people reported absent', () => expect(topicPeople(topics[1]!.items, meetings).some((p) => p.person === 'bo-al')).toBe(false));
	it('relates the broader topic, narrower topics and topics on the same items', () => {
		const related = relatedTopics(topics[1]!, topics, items);
		expect(related.broader?.id).toBe('utveckling');
		expect(related.narrower.map((t) => t.id)).toEqual(['rus-remiss']);
		expect(related.alsoOn).toEqual([{ topic: topics[3], count: 2 }]);
	});
});
