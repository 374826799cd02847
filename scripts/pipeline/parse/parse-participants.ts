import type { ParsedParticipant, SourceLine } from '../types.ts';
import { splitEntries } from './split-entries.ts';

const label =
	/^\s*(medverkande|föredragande|föredragande tjänsteperson|inbjuden|inbjudna|inbjudna gäster|gäst|gäster|deltar under punkten|närvarande under (?:ärendet|punkten|paragrafen))\s*:\s*(\S.*)$/iu;

/** Read a line naming the people who take part in one item only ("Medverkande: P-O Strömberg, Consid"), or return `null`. */
export function parseParticipants(line: SourceLine): ParsedParticipant[] | null {
	const m = label.exec(line.text);
	if (!m) return null;
	const entries = splitEntries([{ text: m[2]!, line: line.line }]);
	if (entries.length === 0) return null;
	return entries.map((e) => {
		const orgs = e.parts.filter((p) => p.kind === 'organization').map((p) => p.value);
		const titles = e.parts.filter((p) => p.kind !== 'organization').map((p) => p.value);
		if (e.presence) titles.push(e.presence);
		return {
			name: e.name.replace(/\s+/gu, ' ').trim(),
			organization: orgs.length > 0 ? orgs.join(', ') : null,
			title: titles.length > 0 ? titles.join(', ') : null,
		};
	});
}
