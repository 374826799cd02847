import type { SourceLine } from '../types.ts';
import { isNameLike } from './is-name-like.ts';
import { matchAttendanceHeading } from './match-attendance-heading.ts';
import { matchSectionHeading } from './match-section-heading.ts';
import { matchSignatureStart } from './match-signature-start.ts';

/** A bullet before a heading ("• Talmannens inledning"). */
const bullet = /^[•▪●◦\uf0b7*-]\s+/u;
/** Page furniture and document kinds that stand alone like headings ("Justerarens sign 3 (92)", "Protokoll", "Organ …/…"). */
const furniture =
	/\/|\(\s*\d+\s*\)|\b(?:sign|signatur|underskrift|förvaringsplats|sammanträdesdatum|organ|utdragsbestyrkande|bilaga|sida)\b|^(?:protokoll|sammanträdesprotokoll|minnesanteckningar|anteckningar|mötesprotokoll|protokollsutdrag)$/iu;
/** Running text: long, or ending like a sentence. */
const prose = /^.{100,}$|^.{20,}[.!?]$/u;

/** The text of a line that may be a heading of its own: short, capitalised, not all capitals, no sentence or list punctuation. */
function headingText(text: string): string | null {
	const t = text.trim().replace(bullet, '');
	if (t.length < 3 || t.length > 90 || t.split(/\s+/u).length > 10) return null;
	if (!/^\p{Lu}/u.test(t) || !/^\S+\p{Ll}|^\p{Lu}\p{Ll}/u.test(t) || /[.,;:!?]$/u.test(t) || /\d{1,2}[.:]\d{2}/u.test(t)) return null;
	if (furniture.test(t) || isNameLike(t) || matchAttendanceHeading(t) || matchSectionHeading(t) || matchSignatureStart(t)) return null;
	return t;
}

/**
 * The headings of minutes whose items carry no numbers (a Riksdag committee's "Information från Skolverket",
 * "Justering av protokoll", …; a parliament's "• Talmannens inledning"): lines that stand alone between blank lines,
 * short and capitalised, most of them followed by running text, until the signature block. Three at least, else
 * none: the source line numbers of the headings.
 */
export function findUnnumberedHeadings(lines: readonly SourceLine[]): number[] {
	const found: { line: number; text: boolean }[] = [];
	const blank = (i: number) => i < 0 || i >= lines.length || lines[i]!.text.trim() === '';
	for (let i = 0; i < lines.length; i++) {
		const t = lines[i]!.text.trim();
		if (t === '') continue;
		if (matchSignatureStart(t)) break;
		if (!blank(i - 1) || !blank(i + 1) || headingText(t) === null) continue;
		let j = i + 1;
		while (j < lines.length && blank(j)) j++;
		const next = j < lines.length ? lines[j]!.text.trim() : '';
		const text = prose.test(next);
		// a heading is followed by its text or by the next heading ("Händelser under plenum" before an event log is neither)
		if (next !== '' && !text && headingText(next) === null) continue;
		found.push({ line: lines[i]!.line, text });
	}
	if (found.length < 3 || found.filter((h) => h.text).length * 2 < found.length) return [];
	return found.map((h) => h.line);
}
