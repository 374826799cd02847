import { describe, expect, it } from 'vitest';
import { buildArchiveIndex } from '../../src/lib/build-archive-index.ts';
import { meetingPageKey } from '../../src/lib/meeting-page-key.ts';
import { pageKey } from '../../src/lib/page-key.ts';
import { meeting, settings } from './helpers.ts';

const bodies = [
	{ id: 'krf', name: 'KRF-forum', shortName: 'KRF', organization: 'Region', description: '' },
	{ id: 'kf', name: 'Kommunalt forum', shortName: 'KF', organization: 'Region', description: '' },
];

/** The archive with the titles given per meeting; the meeting page keys and a case-like page key over it. */
function keys(titles: Partial<Record<string, string>> = {}, searchWords: string[] = []) {
	const meetings = [meeting('krf', '2023-01-10', '2023-01-10'), meeting('krf', '2023-02-01', '2023-02-01'), meeting('kf', '2023-03-05', '2023-03-05')];
	for (const m of meetings) m.data.title = titles[m.data.slug] ?? m.data.title;
	const index = buildArchiveIndex({ settings, bodies, meetings, people: [], topics: [], cases: [] });
	const [first, , other] = meetings as [(typeof meetings)[0], unknown, (typeof meetings)[0]];
	return {
		first: meetingPageKey(first, index, [['punkt-1', searchWords]]),
		other: meetingPageKey(other, index, []),
		listingFirst: pageKey(index, { case: 'KS 2023/1' }, ['krf/2023-01-10']),
	};
}

describe('cache keys of pages for incremental builds', () => {
	it('are the same when nothing changed', () => {
		expect(keys()).toEqual(keys());
	});

	it('render a meeting page again when the next meeting of its body is retitled (its "next meeting" link shows the title)', () => {
		const changed = keys({ '2023-02-01': 'Extra möte' });
		expect(changed.first).not.toBe(keys().first);
		expect(changed.other).toBe(keys().other);
	});

	it('render a meeting page again when its hidden search words change (a new word elsewhere can split a compound anew)', () => {
		expect(keys({}, ['hemsjukvård']).first).not.toBe(keys().first);
	});

	it('render a meeting page again when only the text of its MDX file changes (our loader renders it: Astro tracks no module for it)', () => {
		const key = (digest: string) => {
			const meetings = [{ ...meeting('krf', '2023-01-10', '2023-01-10'), digest }];
			return meetingPageKey(meetings[0]!, buildArchiveIndex({ settings, bodies, meetings, people: [], topics: [], cases: [] }), []);
		};
		expect(key('a')).toBe(key('a'));
		expect(key('b')).not.toBe(key('a'));
	});

	it('render a case or person page again when a meeting it lists changes, and only then', () => {
		expect(keys({ '2023-01-10': 'Nytt namn' }).listingFirst).not.toBe(keys().listingFirst);
		expect(keys({ '2023-03-05': 'Nytt namn' }).listingFirst).toBe(keys().listingFirst);
	});
});
