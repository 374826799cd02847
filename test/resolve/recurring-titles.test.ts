import { describe, expect, it } from 'vitest';
import { buildTopics } from '../../scripts/pipeline/build/build-topics.ts';
import { findRecurringTitles, type TitledMeeting } from '../../scripts/pipeline/resolve/find-recurring-titles.ts';
import { normalizeAgendaTitle } from '../../scripts/pipeline/resolve/normalize-agenda-title.ts';
import { suggestTopics } from '../../scripts/pipeline/resolve/suggest-topics.ts';
import type { Item, Meeting } from '../../src/schema/meeting.ts';

const key = (title: string) => normalizeAgendaTitle(title)?.key ?? null;

describe('normalizeAgendaTitle: the same subject under different titles', () => {
	it.each([
		['RUS - Regional utvecklingsstrategi', 'Regional utvecklingsstrategi för Region Halland (RUS)'],
		['Regional fysisk plan', 'Regional fysisk plan - Information framtagandeprocess'],
		['Västlänken (Information)', 'Information: Västlänken'],
		['Tema Välfärdsbrott', 'Välfärdsbrott'],
		['Avstämning kring hälso- och sjukvårdsavtal', 'Hälso- och sjukvårdsavtal'],
		['Fokusfrågor 2023', 'Fokusfrågor 2024'],
		['3. Regionala utvecklingsstrategin', 'Regional utvecklingsstrategi'],
		['Integrationsråd Halland', 'Integrationsråd Halland – lägesrapport'],
		['Kompetensförsörjning i Kronobergs län', 'Kompetensförsörjning'],
		['Dialog om kompetensförsörjningen', 'Kompetensförsörjning'],
	])('%s = %s', (a, b) => {
		expect(key(a)).not.toBeNull();
		expect(key(a)).toBe(key(b));
	});

	it.each([
		['Regional fysisk plan', 'Regional utvecklingsstrategi'],
		['Hälso- och sjukvårdsavtal', 'Hälso- och sjukvårdsstrategi'],
		['Integrationsråd Halland', 'Integration'],
	])('%s ≠ %s', (a, b) => {
		expect(key(a)).not.toBe(key(b));
	});

	it('gives the reduced label and the abbreviations', () => {
		expect(normalizeAgendaTitle('Regional utvecklingsstrategi för Region Halland (RUS)')).toEqual({
			key: 'regional utvecklingsstrategi',
			label: 'Regional utvecklingsstrategi',
			abbreviations: ['RUS'],
		});
		expect(normalizeAgendaTitle('RUS - Regional utvecklingsstrategi')?.abbreviations).toEqual(['RUS']);
		expect(normalizeAgendaTitle('Avstämning kring hälso- och sjukvårdsavtal')?.label).toBe('Hälso- och sjukvårdsavtal');
		expect(normalizeAgendaTitle('Internet of Things (IoT) – digitalisering och sensorstödd samhällsplanering')).toMatchObject({
			label: 'Internet of Things',
			abbreviations: ['IoT'],
		});
	});

	it.each([
		'Övrigt',
		'Övriga frågor',
		'Övriga frågor och kommande möten',
		'Avslutning',
		'Incheckning',
		'Presentationsrunda av samtliga ledamöter',
		'Kommande möten',
		'Information',
		'Stående punkter',
		'Val av justerare',
		'Godkännande av dagordning',
		'§ 1 Mötets öppnande',
		'2023',
	])('treats "%s" as procedural', (title) => {
		expect(normalizeAgendaTitle(title)).toBeNull();
	});
});

const meeting = (id: string, ...items: [string, string[]?][]): TitledMeeting => ({
	id,
	items: items.map(([title, topics = []], index) => ({ title, anchor: `punkt-${index + 1}`, topics })),
});

describe('findRecurringTitles', () => {
	const meetings = [
		meeting('krf/2019', ['Regional utvecklingsstrategi för Region Halland (RUS)'], ['Övrigt'], ['Kompetensförsörjning']),
		meeting('krf/2023', ['RUS - Regional utvecklingsstrategi'], ['Regional fysisk plan'], ['Övrigt'], ['Hemsjukvård', ['hemsjukvard']]),
		meeting(
			'krf/2024',
			['Regional fysisk plan - Information framtagandeprocess'],
			['Regional fysisk plan (forts.)'],
			['Hemsjukvård – avstämning', ['hemsjukvard']],
		),
	];

	it('finds titles that recur in two meetings, not procedural ones, not covered ones, not single ones', () => {
		const recurring = findRecurringTitles(meetings);
		expect(recurring.map((topic) => [topic.id, topic.label, topic.meetings])).toEqual([
			['regional-utvecklingsstrategi', 'Regional utvecklingsstrategi', ['krf/2019', 'krf/2023']],
			['regional-fysisk-plan', 'Regional fysisk plan', ['krf/2023', 'krf/2024']],
		]);
		expect(recurring[1]?.items).toEqual([
			{ meeting: 'krf/2023', anchor: 'punkt-2' },
			{ meeting: 'krf/2024', anchor: 'punkt-1' },
			{ meeting: 'krf/2024', anchor: 'punkt-2' },
		]);
		expect(recurring[0]?.abbreviations).toEqual(['RUS']);
	});

	it('takes the most common written form as label', () => {
		const recurring = findRecurringTitles([
			meeting('a', ['Regionala utvecklingsstrategin']),
			meeting('b', ['Regional utvecklingsstrategi']),
			meeting('c', ['RUS – Regional utvecklingsstrategi']),
		]);
		expect(recurring[0]?.label).toBe('Regional utvecklingsstrategi');
		expect(recurring[0]?.forms).toEqual(['Regional utvecklingsstrategi', 'Regionala utvecklingsstrategin']);
	});

	it('keeps ids clear of curated ones and honours minMeetings', () => {
		expect(findRecurringTitles(meetings, { reservedIds: ['regional-fysisk-plan'] }).map((topic) => topic.id)).toContain('regional-fysisk-plan-2');
		expect(findRecurringTitles(meetings, { minMeetings: 3 })).toEqual([]);
	});
});

describe('suggestTopics', () => {
	it('suggests a topics.yml entry for each recurring title, most frequent first', () => {
		const suggestions = suggestTopics(
			findRecurringTitles([meeting('a', ['Regional fysisk plan']), meeting('b', ['Regional fysisk plan - Information framtagandeprocess'])]),
		);
		expect(suggestions).toHaveLength(1);
		expect(suggestions[0]?.message).toMatch(/^Suggest a topic: 'Regional fysisk plan' recurs in 2 meetings/);
		expect(suggestions[0]?.yaml).toBe(
			['  - id: regional-fysisk-plan', '    label: Regional fysisk plan', '    description: ""', '    synonyms:', '      - regional fysisk plan'].join('\n'),
		);
	});
});

describe('buildTopics with recurring titles and broader topics', () => {
	const item = (anchor: string, title: string, topics: string[]): Item => ({
		number: 1,
		label: null,
		title,
		anchor,
		day: null,
		caseNumbers: [],
		topics,
		participants: [],
		mentions: [],
		decisions: [],
		resolution: null,
		proposals: [],
		propositions: [],
		votes: [],
		reservations: [],
		conflicts: [],
		recipients: [],
		excerpt: '',
	});
	const meetings = new Map([
		[
			'krf/2024',
			{ date: '2024', items: [item('punkt-1', 'Fokusfrågor 2024', ['fokusfragor']), item('punkt-2', 'Hemsjukvård', ['hemsjukvard'])] } as unknown as Meeting,
		],
		['krf/2023', { date: '2023-02-01', items: [item('punkt-9', 'Fokusfrågor 2023', ['fokusfragor'])] } as unknown as Meeting],
	]);
	const registry = [
		{ id: 'vard', label: 'Vård och omsorg', description: '', synonyms: [], abbreviations: [] },
		{ id: 'hemsjukvard', label: 'Hemsjukvård', description: '', synonyms: [], abbreviations: [], broader: 'vard' },
	];
	const recurring = findRecurringTitles([
		{ id: 'krf/2023', items: [{ title: 'Fokusfrågor 2023', anchor: 'punkt-9', topics: [] }] },
		{ id: 'krf/2024', items: [{ title: 'Fokusfrågor 2024', anchor: 'punkt-1', topics: [] }] },
	]);

	it('makes recurring-title topics with origin "recurring" and items oldest first', () => {
		const topics = buildTopics(meetings, registry, recurring);
		expect(topics.find((topic) => topic.id === 'fokusfragor')).toEqual({
			id: 'fokusfragor',
			label: 'Fokusfrågor',
			url: '/amnen/fokusfragor/',
			description: '',
			synonyms: [],
			abbreviations: [],
			broader: null,
			origin: 'recurring',
			items: [
				{ meeting: 'krf/2023', anchor: 'punkt-9' },
				{ meeting: 'krf/2024', anchor: 'punkt-1' },
			],
		});
	});

	it('lists the items of narrower topics on the broader topic', () => {
		const topics = buildTopics(meetings, registry, recurring);
		expect(topics.find((topic) => topic.id === 'vard')?.items).toEqual([{ meeting: 'krf/2024', anchor: 'punkt-2' }]);
		expect(topics.find((topic) => topic.id === 'hemsjukvard')).toMatchObject({ origin: 'registry', broader: 'vard' });
	});
});
