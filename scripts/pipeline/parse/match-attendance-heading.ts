/** An attendance section heading and what it implies for the people listed under it. */
export interface AttendanceHeading {
	/** The heading as written, without a trailing colon (`Politiker`, `EJ NÄRVARANDE`). */
	heading: string;
	/** Text after the heading on the same line (after a tab, a colon or a space), or `''`. */
	rest: string;
	group: 'politician' | 'official' | 'other' | null;
	status: 'present' | 'absent';
	/** Role implied by the section (`ersättare`, `justerare`, `sekreterare`, `ordförande`), or `null`. */
	role: string | null;
	/** Whether people in this section are usually listed elsewhere too (justerare, ordförande): merge them. */
	merge: boolean;
}

type Kind = Omit<AttendanceHeading, 'heading' | 'rest'>;
const P = (group: Kind['group'], status: Kind['status'] = 'present', role: string | null = null, merge = false): Kind => ({ group, status, role, merge });

const sections: Array<[string, Kind]> = [
	['tjänstepersoner/övriga', P('official')],
	['tjänstepersoner', P('official')],
	['tjänstemän', P('official')],
	['närvarande tjänstemän', P('official')],
	['närvarande tjänstepersoner', P('official')],
	['sekretariatet', P('official')],
	['föredragande', P('official')],
	['sekretariat', P('official')],
	['kansliet', P('official')],
	['suppleanter', P(null, 'present', 'ersättare')],
	['gäster', P('other')],
	['inbjudna', P('other')],
	['inbjuden', P('other')],
	['inte närvarande', P(null, 'absent')],
	['frånvarande ledamöter', P('politician', 'absent')],
	['styrelseledamöter', P(null)],
	['övriga närvarande', P(null)],
	['övriga deltagare', P(null)],
	['övriga deltagande', P(null)],
	['övriga närvarande ersättare', P('politician', 'present', 'ersättare')],
	['upprop', P('politician')],
	['övriga beslutande ledamöter', P('politician')],
	['övriga beslutande', P('politician')],
	['övriga ledamöter', P('politician')],
	['övriga', P(null)],
	['närvarande, ej tjänstgörande ersättare', P('politician', 'present', 'ersättare')],
	['närvarande ej tjänstgörande ersättare', P('politician', 'present', 'ersättare')],
	['närvarande ledamöter', P('politician')],
	['närvarande ersättare', P('politician', 'present', 'ersättare')],
	['närvarande', P(null)],
	['deltagare', P(null)],
	['deltagande', P(null)],
	['politiker', P('politician')],
	['ledamöter', P('politician')],
	['ordinarie ledamöter', P('politician')],
	['ordinarie', P('politician')],
	['kallade', P(null, 'present', null, true)],
	['ledamot', P('politician')],
	['beslutande ledamöter', P('politician')],
	['beslutande', P('politician')],
	// "kl ande: Leif Larsson ordförande …": the label Beslutande as a transcript that drops words with digits leaves it
	['ande', P('politician')],
	['tjänstgörande ersättare', P('politician', 'present', 'tjänstgörande ersättare')],
	['ej tjänstgörande', P('politician', 'present', 'ersättare')],
	['ej beslutande ersättare', P('politician', 'present', 'ersättare')],
	['ej beslutande', P('politician', 'present', 'ersättare')],
	['övriga förtroendevalda', P('politician')],
	['förtroendevalda ej beslutande', P('politician', 'present', 'ersättare')],
	['förtroendevalda beslutande', P('politician')],
	['förtroendevalda', P('politician')],
	['närvarorätt', P(null)],
	['insynsplatser', P(null)],
	['insynsplats', P(null)],
	['fackliga organisationer', P('other')],
	['fackliga representanter', P('other')],
	['fackliga', P('other')],
	['icke tjänstgörande ersättare', P('politician', 'present', 'ersättare')],
	['ej tjänstgörande ersättare', P('politician', 'present', 'ersättare')],
	['inte tjänstgörande ersättare', P('politician', 'present', 'ersättare')],
	['ersättare inte tjänstgörande', P('politician', 'present', 'ersättare')],
	['ersättare ej tjänstgörande', P('politician', 'present', 'ersättare')],
	['personliga ersättare', P('politician', 'present', 'ersättare')],
	['personlig ersättare', P('politician', 'present', 'ersättare')],
	['ersättare', P('politician', 'present', 'ersättare')],
	['adjungerade', P(null, 'present', 'adjungerad')],
	['adjungerad', P(null, 'present', 'adjungerad')],
	['anmält förhinder', P(null, 'absent')],
	['meddelat förhinder', P(null, 'absent')],
	['förhinder', P(null, 'absent')],
	['ej närvarande', P(null, 'absent')],
	['frånvarande', P(null, 'absent')],
	['utses att justera', P(null, 'present', 'justerare', true)],
	['justerare', P(null, 'present', 'justerare', true)],
	['justerande', P(null, 'present', 'justerare', true)],
	['sekreterare', P('official', 'present', 'sekreterare', true)],
	['ordföranden', P(null, 'present', 'ordförande', true)],
	['ordförande', P(null, 'present', 'ordförande', true)],
];

/** Recognise an attendance section heading ("Politiker", "Förhinder", "NÄRVARANDE:", "Övriga<TAB>Name …") at the start of a line, or return `null`. */
export function matchAttendanceHeading(text: string): AttendanceHeading | null {
	const trimmed = text.trim();
	// "Direktionens ledamöter", "Styrelsens ersättare": the body's name in the genitive before the section word
	const genitive = /^\p{Lu}\p{Ll}+(?:ens|ets|nas|ns)\s+(?=\p{Ll})/u.exec(trimmed);
	if (genitive) {
		const inner = matchAttendanceHeading(trimmed.slice(genitive[0].length));
		if (inner) return { ...inner, heading: `${genitive[0]}${inner.heading}` };
	}
	// "Förteckning över övriga deltagande:": the register a first page refers to ("Övriga deltagande Enligt bifogade förteckning")
	const register = /^förteckning\s+över\s+(?=\p{L})/iu.exec(trimmed);
	if (register) {
		const inner = matchAttendanceHeading(`${trimmed[register[0].length]?.toLocaleUpperCase('sv') ?? ''}${trimmed.slice(register[0].length + 1)}`);
		if (inner) return { ...inner, heading: `${register[0]}${trimmed.slice(register[0].length, register[0].length + inner.heading.length)}` };
	}
	// "Därtill vid detta möte adjungerad var", "Följande ledamöter var närvarande:": a heading written as a sentence
	const sentence =
		/^(?:\p{L}+\s+){0,6}?(adjungerade?|närvarande|frånvarande|deltog|deltagare)(?:\s+(?:var|voro))?\s*:?$|^(?:\p{L}+\s+){1,6}?(?:var|voro)\s+(adjungerade?|närvarande|frånvarande)(?:\s+\p{L}+){0,6}\s*:$/iu.exec(
			trimmed,
		);
	if (sentence && trimmed.split(/\s+/u).length >= 3 && /\b(?:var|voro)\b|:$/u.test(trimmed)) {
		const word = (sentence[1] ?? sentence[2]!).toLowerCase();
		const kind = word.startsWith('adjunger') ? P(null, 'present', 'adjungerad') : word === 'frånvarande' ? P(null, 'absent') : P(null);
		return { heading: trimmed.replace(/\s*:$/u, ''), rest: '', ...kind };
	}
	const found = matchPlainHeading(trimmed);
	// "Ledamöter Närvarande", "Namn Parti Närvaro": the header row of a table, its people on the lines below
	if (found && columnWords.test(found.rest)) return { ...found, rest: '' };
	return found;
}

/** The words of a table's header row after its first column ("Närvarande", "Parti", "N V", "Ja Nej"). */
const columnWords = /^(?:(?:närvarande|närvaro|frånvarande|parti|roll|funktion|uppdrag|organisation|kommun|ja|nej|n|v|x|§§?)(?:\s+|\t+|$))+$/iu;

function matchPlainHeading(t: string): AttendanceHeading | null {
	const lower = t.toLowerCase();
	for (const [word, kind] of sections) {
		if (!lower.startsWith(word)) continue;
		const after = t.slice(word.length);
		const heading = t.slice(0, word.length);
		if (/^\s*:?$/u.test(after)) return { heading, rest: '', ...kind };
		const sep = /^(\s*:\s*|\s*\t\s*|\s+)/u.exec(after);
		if (!sep) continue;
		const rest = after.slice(sep[0].length);
		// "Närvarande styrelseledamöter var", "Frånvarande styrelseledamot var Stella Papasotiriou.": a heading in prose
		const prose = /^((?:\p{Ll}+\s+){1,4}?)(?:var|voro|är|var\s+följande)\s*:?(?:\s+|$)/u.exec(rest);
		if (prose && !/[:\t]/u.test(sep[0]) && (rest.slice(prose[0].length).trim() === '' || /^\p{Lu}\p{Ll}/u.test(rest.slice(prose[0].length)))) {
			const role = /adjunger/u.test(prose[1]!) ? 'adjungerad' : /ersättare|suppleant/u.test(prose[1]!) ? 'ersättare' : kind.role;
			return { heading: t.slice(0, word.length + sep[0].length + prose[0].length).trim(), rest: rest.slice(prose[0].length), ...kind, role };
		}
		// after a bare space the list must start with a capitalised name ("Övriga Mikaela Waltersson (M) …"), or a signature
		// heading with the dotted line to sign on ("Ordförande ...", its name on a line below)
		if (!/[:\t]/u.test(sep[0]) && !/^\p{Lu}\p{Ll}/u.test(rest) && !(kind.merge && /^[._…·]{2,}/u.test(rest))) continue;
		return { heading, rest, ...kind };
	}
	return null;
}
