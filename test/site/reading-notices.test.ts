import { describe, expect, it } from 'vitest';
import { sv } from '../../src/i18n/sv.ts';
import { readingNotices } from '../../src/lib/reading-notices.ts';

describe('what a meeting page tells a reader about a reading the converter was not sure of', () => {
	it('says nothing when attendance and items were read with certainty', () => {
		expect(readingNotices({ attendance: { level: 'sure', basis: 'list', suspect: [] }, items: { level: 'sure', basis: 'paragraphs' } })).toEqual([]);
	});
	it('says that no attendance list was found, and that an attendance list or items may be wrong, in Swedish', () => {
		const notices = readingNotices({
			attendance: { level: 'unsure', basis: 'list', suspect: ['Vice ordförande'] },
			items: { level: 'unsure', basis: 'numbered' },
		});
		expect(notices).toEqual(['attendanceUnsure', 'itemsUnsure']);
		expect(notices.map((notice) => sv.meeting.readingNotices[notice])).toEqual([
			expect.stringMatching(/kunde inte läsas säkert.*originalet/u),
			expect.stringMatching(/Ärendena kunde inte läsas säkert/u),
		]);
		expect(
			sv.meeting.readingNotices[readingNotices({ attendance: { level: 'none', basis: 'none', suspect: [] }, items: { level: 'sure', basis: 'agenda' } })[0]!],
		).toMatch(/Ingen närvarolista/u);
	});
});
