import { describe, expect, it } from 'vitest';
import { compareVersions, type Version } from '../../scripts/pipeline/history/compare-versions.ts';
import { parseGitLog } from '../../scripts/pipeline/history/parse-git-log.ts';
import { correctionLines } from '../../src/lib/correction-lines.ts';

describe('parseGitLog', () => {
	it('gives each file its first and last commit date, the commit of its first version and how many commits changed it', () => {
		const log =
			'\u001ec3 2024-05-27T09:00:00+02:00\n\nminutes/ks/a.txt\n\u001ec2 2024-05-21T09:00:00+02:00\n\nminutes/ks/b.txt\n\u001ec1 2024-05-20T10:00:00+02:00\n\nminutes/ks/a.txt\nminutes/ks/b.txt\n';
		expect(Object.fromEntries(parseGitLog(log))).toEqual({
			'minutes/ks/a.txt': { added: '2024-05-20T10:00:00+02:00', changed: '2024-05-27T09:00:00+02:00', firstCommit: 'c1', commits: 2 },
			'minutes/ks/b.txt': { added: '2024-05-20T10:00:00+02:00', changed: '2024-05-21T09:00:00+02:00', firstCommit: 'c1', commits: 2 },
		});
	});
});

const item = (number: number | null, title: string, label: string | null = null) => ({ number, label, title }) as Version['items'][number];
const attendee = (name: string) => ({ name }) as Version['attendees'][number];
const version = (items: Version['items'], names: string[]): Version => ({ items, attendees: names.map(attendee) });

describe('compareVersions', () => {
	const first = version([item(40, 'Budget 2025'), item(41, 'Motion om badplatser'), item(42, 'Information')], ['Anna Ek', 'Lisa Holm', 'Eva Skyddad']);
	const now = version([item(40, 'Budget  2025'), item(41, 'Motion om fler badplatser'), item(43, 'Delegationsbeslut')], ['Anna Ek', 'Karin Nord']);
	const isPrivate = (name: string) => name === 'Eva Skyddad';
	it('finds items added, removed and retitled by their number, and attendees added and removed by name', () => {
		expect(compareVersions(first, now, '2024-05-20T10:00:00+02:00', isPrivate)).toEqual({
			since: '2024-05-20T10:00:00+02:00',
			items: {
				added: [{ number: '43', title: 'Delegationsbeslut' }],
				removed: [{ number: '42', title: 'Information' }],
				retitled: [{ number: '41', from: 'Motion om badplatser', to: 'Motion om fler badplatser' }],
			},
			attendees: { added: ['Karin Nord'], removed: ['Lisa Holm'] },
		});
	});
	it('never names a person the registry keeps private, and finds nothing where only spacing or text changed', () => {
		expect(JSON.stringify(compareVersions(first, now, '', isPrivate))).not.toContain('Skyddad');
		expect(compareVersions(version([item(1, 'Budget  2025')], ['Anna Ek']), version([item(1, 'Budget 2025')], ['anna ek']), '', isPrivate)).toBeNull();
	});
	it('matches sub-items by their label', () => {
		const changed = compareVersions(version([item(2, 'Rapport', '2.1')], []), version([item(2, 'Rapporter', '2.1')], []), '', isPrivate);
		expect(changed?.items.retitled).toEqual([{ number: '2.1', from: 'Rapport', to: 'Rapporter' }]);
	});
});

describe('correctionLines', () => {
	it('lists the changes in plain Swedish, items first', () => {
		const corrections = compareVersions(firstVersion(), correctedVersion(), '2024-05-20', () => false);
		expect(corrections && correctionLines(corrections)).toEqual([
			'Tillkom: 43. Delegationsbeslut',
			'Punkt 41 fick rubriken ”Motion om fler badplatser” (tidigare ”Motion om badplatser”)',
			'Tillagda i deltagarlistan: Karin Nord',
			'Borttagna ur deltagarlistan: Lisa Holm',
		]);
	});
});

function firstVersion(): Version {
	return version([item(40, 'Budget 2025'), item(41, 'Motion om badplatser')], ['Anna Ek', 'Lisa Holm']);
}
function correctedVersion(): Version {
	return version([item(40, 'Budget 2025'), item(41, 'Motion om fler badplatser'), item(43, 'Delegationsbeslut')], ['Anna Ek', 'Karin Nord']);
}
