import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertArchive, type SourceFile } from '../../scripts/pipeline/convert-archive.ts';
import { isPersonName } from '../../scripts/pipeline/parse/is-person-name.ts';
import { jsonReport } from '../../scripts/pipeline/report/json-report.ts';

const archiveYml = readFileSync(path.resolve('content/archive.yml'), 'utf8');
const file = (filePath: string, content: string): SourceFile => ({ path: filePath, bytes: new Uint8Array(Buffer.from(content, 'utf8')) });
const convert = async (minutes: Record<string, string>) =>
	jsonReport(
		await convertArchive([file('archive.yml', archiveYml), ...Object.entries(minutes).map(([name, text]) => file(`minutes/halland-krf/${name}`, text))], {
			today: '2026-01-01',
		}),
	);

describe('what counts as a person', () => {
	it('takes names as people', () => {
		for (const name of ['Anna Berg', 'Anna-Karin Ek', 'Ann S Pihlgren', 'Kayumba van den Brink', 'Dmitar Savic´']) expect(isPersonName(name), name).toBe(true);
	});
	it('never takes a role, a heading, an organisation, a number or a verb before a name as a person', () => {
		for (const name of ['Vice ordförande', 'Tjänstgörande ersättare', 'Region Halland', 'Nominerar Johan', 'Paragrafer 12', 'Kommunal'])
			expect(isPersonName(name), name).toBe(false);
	});
});

describe('how sure the converter is of a meeting', () => {
	it('says so, and on what it rests, for a protokoll it read', async () => {
		const report = await convert({
			'2024-03-12.txt':
				'Kommunstyrelsen\nProtokoll 2024-03-12\n\nBeslutande\nAnna Berg (S), ordförande\nBo Ek (M)\n\n§ 1 Mötets öppnande\n\nText.\n\n§ 2 Budget\n\nText.\n',
		});
		expect(report.meetings[0]?.reading).toEqual({ attendance: { level: 'sure', basis: 'list', suspect: [] }, items: { level: 'sure', basis: 'paragraphs' } });
		expect(report.meetings[0]?.attendees.every((attendee) => attendee.person !== null)).toBe(true);
	});

	it('says when it found no attendance and no items, and what it would need, and still publishes the text', async () => {
		const report = await convert({ '2024-03-13.txt': 'Kommunstyrelsen\n\nVi pratade om budgeten och om skolan.\n' });
		expect(report.meetings[0]?.reading).toEqual({ attendance: { level: 'none', basis: 'none', suspect: [] }, items: { level: 'none', basis: 'none' } });
		const messages = report.problems.filter((problem) => problem.source.endsWith('2024-03-13.txt')).map((problem) => problem.message);
		expect(messages.some((message) => /No attendance list found.*"Närvarande"/u.test(message))).toBe(true);
		expect(messages.some((message) => /No items found/u.test(message))).toBe(true);
	});

	it('gives nobody in a list it did not understand a person page, and tells staff which names and what to write instead', async () => {
		const report = await convert({
			'2024-03-14.txt': 'Styrelsen\nProtokoll 2024-03-14\n\nNärvarande\nVice ordförande\nNominerar Johan\nAnna Berg\n\n§ 1 Mötets öppnande\n\nText.\n',
		});
		const meeting = report.meetings[0]!;
		expect(meeting.reading.attendance.level).toBe('unsure');
		expect(meeting.reading.attendance.suspect).toEqual(['Vice ordförande', 'Nominerar Johan']);
		expect(meeting.attendees.map((attendee) => attendee.person)).toEqual([null, null, null]);
		expect(report.people.map((person) => person.name)).not.toContain('Vice ordförande');
		const warning = report.problems.find((problem) => problem.message.startsWith('Attendance unsure'));
		expect(warning?.message).toMatch(/2 of 3 names.*"Vice ordförande".*nobody in this list gets a person page.*"Name \(Party\), role"/u);
	});
});

describe('two spellings of one name in one meeting', () => {
	it('are one person when the surname differs by a letter or by what text recognition confuses, never for short surnames', async () => {
		const { isSameSpelling } = await import('../../scripts/pipeline/parse/is-same-spelling.ts');
		expect(isSameSpelling('Marita Stinnerborn', 'Marita Stinnerbom')).toBe(true);
		expect(isSameSpelling('Annika Samuelsson Björk', 'Annika Samulesson Björk')).toBe(true);
		expect(isSameSpelling('Anna Berg', 'Anna Borg')).toBe(false);
		expect(isSameSpelling('Anna Lindqvist', 'Erik Lindqvist')).toBe(false);
	});
	it('give one attendee with both roles', async () => {
		const report = await convert({
			'2024-03-15.txt':
				'Sametinget\nProtokoll 2024-03-15\n\nBeslutande\nMarita Stinnerborn\nPeter Holmqvist\n\nUtses att justera\nMarita Stinnerbom\n\n§ 1 Öppnande\n\nText.\n',
		});
		expect(report.meetings[0]?.attendees.map((a) => `${a.name} ${a.roles.join('+')}`)).toEqual(['Marita Stinnerborn justerare', 'Peter Holmqvist ']);
	});
});
