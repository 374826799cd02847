import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentDir } from '../../scripts/cli/content-dir.ts';
import type { ConvertedArchive } from '../../scripts/pipeline/convert-archive.ts';
import { assignTopics } from '../../scripts/pipeline/resolve/assign-topics.ts';
import { findRecurringTitles } from '../../scripts/pipeline/resolve/find-recurring-titles.ts';
import { matchTopics } from '../../scripts/pipeline/resolve/match-topics.ts';
import { suggestTopics } from '../../scripts/pipeline/resolve/suggest-topics.ts';
import { extractAnnouncedDates } from '../../src/lib/feeds/extract-announced-dates.ts';
import type { Item } from '../../src/schema/meeting.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Topics, cases and decisions of the demo archive in content/: the targets of the issue. */
describe('topics, cases and decisions in the demo archive', () => {
	let converted: ConvertedArchive;
	const itemOf = (meeting: string, title: RegExp): Item => {
		const found = converted.meetings.find(({ id }) => id === meeting)?.meeting.items.find((item) => title.test(item.title));
		if (!found) throw new Error(`no item ${title} in ${meeting}`);
		return found;
	};
	const blocksOf = (meeting: string, title: RegExp) =>
		converted.meetings.find(({ id }) => id === meeting)?.parsed.items.find((item) => title.test(item.title))?.blocks ?? [];

	beforeAll(async () => {
		const { convertArchive } = await import('../../scripts/pipeline/convert-archive.ts');
		converted = await convertArchive(await readContentDir(path.join(root, 'content')), { today: '2025-06-01' });
	});

	it('puts the regional physical plan items of the 2023 and 2024 KRF meetings on one topic', () => {
		const a = itemOf('halland-krf/2023-02-01', /^Regional fysisk plan/);
		const b = itemOf('halland-krf/2024-dialog-med-skr', /^Regional fysisk plan/);
		expect(a.topics).toContain('regional-fysisk-plan');
		expect(b.topics).toContain('regional-fysisk-plan');
		const topic = converted.topics.find(({ id }) => id === 'regional-fysisk-plan');
		expect(topic?.items).toEqual([
			{ meeting: 'halland-krf/2023-02-01', anchor: a.anchor },
			{ meeting: 'halland-krf/2024-dialog-med-skr', anchor: b.anchor },
		]);
	});

	it('puts the RUS items of the 2019 and 2023 meetings on one topic', () => {
		expect(itemOf('halland-krf/2019-06-kopenhamn', /RUS/).topics).toContain('regional-utvecklingsstrategi');
		expect(itemOf('halland-krf/2023-02-01', /RUS/).topics).toContain('regional-utvecklingsstrategi');
	});

	it('gives the same topics through assignTopics on the parsed blocks', async () => {
		const { topicsRegistrySchema } = await import('../../src/schema/registries.ts');
		const { parse } = await import('yaml');
		const { readFile } = await import('node:fs/promises');
		const topics = topicsRegistrySchema.parse(parse(await readFile(path.join(root, 'content/topics.yml'), 'utf8'))).topics;
		const matchers = matchTopics(topics);
		for (const [meeting, title, id] of [
			['halland-krf/2023-02-01', /^Regional fysisk plan/, 'regional-fysisk-plan'],
			['halland-krf/2024-dialog-med-skr', /^Regional fysisk plan/, 'regional-fysisk-plan'],
			['halland-krf/2019-06-kopenhamn', /RUS/, 'regional-utvecklingsstrategi'],
			['halland-krf/2023-02-01', /RUS/, 'regional-utvecklingsstrategi'],
			['halland-krf/2019-06-kopenhamn', /Hemsjukvård/, 'hemsjukvard'],
			['gr-kommunchefsgruppen/2023-sakerhetsfragor', /civilt försvar/, 'civilt-forsvar'],
		] as const) {
			expect(assignTopics({ title: itemOf(meeting, title).title, blocks: blocksOf(meeting, title) }, matchers), `${meeting} ${title}`).toContain(id);
		}
	});

	it('finds the same two subjects as recurring titles when the taxonomy is empty, and suggests them', () => {
		const meetings = converted.meetings.map(({ id, meeting }) => ({ id, items: meeting.items.map((item) => ({ ...item, topics: [] })) }));
		const recurring = findRecurringTitles(meetings);
		expect(recurring.map((topic) => topic.id).sort()).toEqual(['regional-fysisk-plan', 'regional-utvecklingsstrategi']);
		expect(suggestTopics(recurring).map((suggestion) => suggestion.message.split('\n')[0])).toContain(
			`Suggest a topic: 'Regional fysisk plan' recurs in 2 meetings ("Regional fysisk plan", "Regional fysisk plan - Information framtagandeprocess"); add to content/topics.yml, with a description and more synonyms:`,
		);
		const covered = findRecurringTitles(converted.meetings.map(({ id, meeting }) => ({ id, items: meeting.items })));
		expect(covered).toEqual([]);
	});

	it('has a case page for RS181313', () => {
		const rs = converted.cases.find(({ id }) => id === 'rs181313');
		expect(rs).toMatchObject({ number: 'RS181313', url: '/arenden/rs181313/' });
		expect(rs?.items[0]?.meeting).toBe('halland-krf/2019-06-kopenhamn');
	});

	it('finds at least one decision, assignment, follow-up or announced meeting in every meeting', () => {
		for (const { id, meeting } of converted.meetings) {
			expect(meeting.items.flatMap((item) => item.decisions).length, id).toBeGreaterThan(0);
		}
	});

	it('recognises the issue examples in their meetings, exactly as written', () => {
		const all = converted.meetings.flatMap(({ meeting }) => meeting.items.flatMap((item) => item.decisions));
		expect(all).toEqual(
			expect.arrayContaining([
				{ kind: 'decision', text: 'Ronny Löfquist utsågs till KRF:s vice ordförande.' },
				{ kind: 'assignment', text: 'CGH fick i uppdrag att diskutera frågan vidare.' },
				{ kind: 'assignment', text: 'Kommunchefsnätverket uppdras att titta på möjliga områden.' },
				{ kind: 'followup', text: 'Frågan återkommer vid kommande kommunchefsmöte.' },
				{ kind: 'followup', text: 'Frågan tas med till nästa kommunala forum.' },
				{ kind: 'meeting', text: 'Kommande möten är 29 augusti och 24 oktober.' },
			]),
		);
		expect(all.map((decision) => decision.text)).not.toContain('KRF fattar inte beslut, det görs alltid på hemmaplan i respektive kommun/Region Halland.');
	});

	it('turns the announced meetings of the 2018 Kronoberg minutes into dates', () => {
		const meeting = converted.meetings.find(({ id }) => id === 'kronoberg-kommunalt-forum/2018-05-02')?.meeting;
		const announced = meeting?.items.flatMap((item) => item.decisions).filter((decision) => decision.kind === 'meeting') ?? [];
		expect(announced.flatMap((decision) => extractAnnouncedDates(decision.text, { meetingDate: meeting?.date ?? null })).sort()).toEqual([
			'2018-08-29',
			'2018-10-24',
			'2019-01-17',
		]);
	});
});
