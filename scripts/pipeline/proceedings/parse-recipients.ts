import type { BlockText } from '../resolve/block-texts.ts';
import { isFurniture, isSectionLabel } from './section-label.ts';

/**
 * `Expedieras`, `Expedieras till:`, `Beslutet skickas till`, `Beslutsexpediering:`, `Protokollsutdrag till:`,
 * `Kopia till:`, `För kännedom:` with the recipients after it on the same line or on the lines below.
 */
const label =
	/^(?:(?:beslutet|protokollet|beslut)\s+)?(?:expedieras|expedierat|expedieras\s+för\s+\p{L}+|skickas|sänds|översänds|delges)(?:\s+till)?\s*:?\s*(?<rest>.*)$|^(?:beslutsexpediering|expediering|sändlista)\s*:?\s*(?<rest2>.*)$|^(?:protokollsutdrag|utdrag|kopia|för\s+kännedom)(?:\s+till\s*:?|\s*:)\s*(?<rest3>.*)$/iu;
/** A line below the label that is the page header of the next page rather than a recipient. */
const header = /protokoll|sammanträde|justerande|\d{4}-\d{2}-\d{2}|^sid/iu;

/** Recipients of one line: split at commas and semicolons, bullets and a final full stop removed. */
function split(text: string): string[] {
	return text
		.split(/[,;]/u)
		.map((part) =>
			part
				.trim()
				.replace(/^[-–•*▪]\s*/u, '')
				.replace(/[.:]$/u, '')
				.trim(),
		)
		.filter((part) => part.length > 0);
}

/** The recipients the decision is sent to (`Expedieras`, `Beslutet skickas till`), each as written, in order. */
export function parseRecipients(pieces: readonly BlockText[]): string[] {
	const recipients: string[] = [];
	for (let index = 0; index < pieces.length; index++) {
		const piece = pieces[index];
		const groups = piece ? label.exec(piece.text.trim())?.groups : undefined;
		if (!groups) continue;
		const rest = (groups.rest ?? groups.rest2 ?? groups.rest3 ?? '').trim();
		// "Beslutet skickas till kommunstyrelsen för beredning." is a sentence, not a list; a label is short
		if (rest.split(/\s+/u).length > 12) continue;
		recipients.push(...split(rest));
		for (let next = index + 1; next < pieces.length && next <= index + 20; next++) {
			const line = pieces[next]?.text.trim() ?? '';
			if (
				!line ||
				pieces[next]?.kind === 'heading' ||
				isSectionLabel(line) ||
				isFurniture(line) ||
				header.test(line) ||
				line.length > 100 ||
				line.split(/\s+/u).length > 12
			)
				break;
			recipients.push(...split(line));
			index = next;
		}
	}
	return [...new Set(recipients)];
}
