import type { BlockText } from '../resolve/block-texts.ts';
import { splitSentences } from '../resolve/split-sentences.ts';
import { isFurniture, isSectionLabel } from './section-label.ts';

/** The decision (beslut) of an item as read: the text as written, and its att-clauses or points as a list. */
export interface ReadResolution {
	/** The decision's text outside its clauses (`Kommunfullmäktige beslutar:`, `Enligt förslag.`), or `null`. */
	text: string | null;
	/** The att-clauses or listed points, each as written without its bullet. */
	clauses: string[];
	line: number;
}

/** `Beslut`, `Kommunfullmäktiges beslut`, `Nämndens beslut:` alone on a line; never `Förslag till beslut` or a dated decision of another body. */
const heading = /^(?:[\p{L}-]+s\s+)?beslut\s*:?$/iu;
/** `Beslut: Enligt förslag.` */
const inline = /^beslut\s*:\s*(?<rest>\S.*)$/isu;
/** The body that decides, last word of the subject of "… beslutar": fullmäktige, a styrelse, nämnd, utskott, direktion, the meeting. */
const decider = String.raw`(?:[\p{L}-]*(?:fullmäktige|styrelse|styrelsen|nämnd|nämnden|utskott|utskottet|direktionen|beredningen|förbundet|förbundsstämman|rådet|stämman|mötet|årsmötet|landstinget|regionen|kommunen|sektionen|presidiet|lagtinget))`;
/** "Kommunfullmäktige beslutar att …", "Stadsstyrelsen beslutade enhälligt …", "Beslutas att …"; not a decision dated in the past ("… beslutade den 23 april"). */
const sentence = new RegExp(
	String.raw`^(?:(?:[\p{L}-]+\s+){0,3}${decider}\s+(?:beslutar|beslutade|beslöt)|beslutas|beslöts)(?![\p{L}])(?!\s+(?:den\s+\d|i\s+år|tidigare|vid\s+sitt|om\s+förslag))`,
	'iu',
);
/** The same with the verb first: "Med 35 ja-röster mot 26 nej-röster beslutar kommunfullmäktige att …", "Därmed beslutade nämnden enligt …". */
const inverted = new RegExp(
	String.raw`^[^.]{0,100}?(?<![\p{L}])(?:beslutar|beslutade|beslöt)\s+${decider}\s+(?:att|enligt|i\s+enlighet|därmed|således)(?![\p{L}])`,
	'iu',
);
/** An att-clause or a listed point: `att …`, `- …`, `• …`, `1. …`, `1) …`. */
const bullet = /^(?:[-–•*▪]\s*|\d{1,2}[.)]\s+)/u;
const clause = /^att\s/iu;

/** A piece that stops the decision: a heading, another part's label, page furniture, or nothing more of it. */
const stops = (piece: BlockText) => piece.kind === 'heading' || isSectionLabel(piece.text) || isFurniture(piece.text);

/**
 * Reads the decision of an item from its text: under a `Beslut` label (`Kommunfullmäktiges beslut`), after
 * `Beslut:` on the same line, or else the first sentence "Kommunfullmäktige beslutar …" (or "Med 35 ja-röster … beslutar kommunfullmäktige att …"). Its att-clauses and
 * listed points become a list; a line starting in lower case continues the one before (a PDF's line break).
 */
export function parseResolution(pieces: readonly BlockText[]): ReadResolution | null {
	let start = pieces.findIndex((piece) => heading.test(piece.text.trim()) && !/^förslag/iu.test(piece.text.trim()));
	let first: string | null = null;
	// under a label the decision may run over paragraphs; a sentence or `Beslut:` line only continues in clauses
	const labelled = start >= 0;
	if (labelled) start += 1;
	else {
		start = pieces.findIndex((piece) => inline.test(piece.text.trim()));
		if (start >= 0) first = inline.exec(pieces[start]?.text.trim() ?? '')?.groups?.rest ?? null;
		else {
			start = pieces.findIndex((piece) => piece.kind !== 'heading' && (sentence.test(piece.text.trim()) || inverted.test(piece.text.trim())));
			if (start < 0) return null;
			const text = pieces[start]?.text.trim() ?? '';
			// a flattened PDF page is one long line: its first sentence is the decision
			first = text.length > 400 ? (splitSentences(text)[0] ?? text) : text;
		}
	}
	const line = pieces[start]?.line ?? pieces[start - 1]?.line ?? 0;
	const text: string[] = [];
	const clauses: string[] = [];
	const add = (value: string, kind: BlockText['kind']) => {
		const written = value.trim();
		if (!written) return true;
		if (kind === 'list-item' || bullet.test(written) || clause.test(written)) {
			// "att utse …, att justeringen …": a paragraph of clauses joined by the PDF's text layer
			clauses.push(...written.replace(bullet, '').split(/(?<=[,;])\s+(?=att\s)/u));
			return true;
		}
		if (/^\p{Ll}/u.test(written) && (clauses.length > 0 || text.length > 0)) {
			if (clauses.length > 0) clauses.push(`${clauses.pop() ?? ''} ${written}`);
			else text.push(`${text.pop() ?? ''} ${written}`);
			return true;
		}
		// text after the clauses, or after a decision sentence, is another part of the item
		if (clauses.length > 0 || (!labelled && text.length > 0) || text.length >= 5) return false;
		text.push(written);
		return true;
	};
	let index = start;
	if (first !== null) {
		add(first, 'paragraph');
		index += 1;
	}
	for (; index < pieces.length && index < start + 30; index++) {
		const piece = pieces[index];
		if (!piece || stops(piece) || heading.test(piece.text.trim()) || !add(piece.text, piece.kind)) break;
	}
	if (text.length === 0 && clauses.length === 0) return null;
	return { text: text.length > 0 ? text.join('\n\n') : null, clauses, line };
}
