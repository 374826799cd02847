import type { Decision } from '../../../src/schema/meeting.ts';
import type { Block } from '../types.ts';

/** Patterns that mark a sentence as an outcome. Each is matched against one sentence at a time. */
const patterns: { kind: Decision['kind']; pattern: RegExp }[] = [
	{ kind: 'meeting', pattern: /\b(kommande|nästa) (möte|möten|sammanträde|sammanträden)\b.*\b(är|blir|hålls|äger rum)\b.*\d/i },
	{ kind: 'meeting', pattern: /\bbjuds? in till (mötet|nästa möte|sammanträdet) den \d/i },
	{ kind: 'assignment', pattern: /\b(fick|får|ges|gavs|har fått) (i )?(uppdrag|uppgift)\b/i },
	{ kind: 'assignment', pattern: /\buppdras\b/i },
	{ kind: 'assignment', pattern: /\btar med sig (detta|frågan|uppdraget|uppdrag)\b/i },
	{ kind: 'followup', pattern: /\b(återkommer|återkommer till|kommer tillbaka till|tas med till|bereds av)\b/i },
	{ kind: 'decision', pattern: /\b(beslutade|beslutar|beslöt|besluta att|beslutades|fattade beslut|utsågs|utses|valdes|antogs|antog|godkände|godkänner|fastställde|fastställer|rekommenderar|tillstyrker|tillstyrks|avslår|avslogs|bifaller|biföll)\b/i },
];

/** A sentence must look like one: at least three words. */
const minimumWords = 3;

/** Finds the sentences of an item that record decisions, assignments, follow-ups and announced meetings, kept exactly as written. */
export function recognizeDecisions(blocks: readonly Block[]): Decision[] {
	const found: Decision[] = [];
	for (const text of blockTexts(blocks)) {
		for (const sentence of splitSentences(text)) {
			if (sentence.split(/\s+/).length < minimumWords) continue;
			const match = patterns.find(({ pattern }) => pattern.test(sentence));
			if (match && !found.some((decision) => decision.text === sentence)) found.push({ kind: match.kind, text: sentence });
		}
	}
	return found;
}

function* blockTexts(blocks: readonly Block[]): Generator<string> {
	for (const block of blocks) {
		if (block.type === 'paragraph') yield block.text;
		if (block.type === 'list') {
			for (const item of block.items) {
				yield item.text;
				yield* blockTexts(item.children);
			}
		}
	}
}

/** Splits text into sentences at `.`, `!` or `?` followed by a space and a capital letter, keeping abbreviations such as `t.ex.` and `m.fl.` whole. */
export function splitSentences(text: string): string[] {
	const sentences: string[] = [];
	const boundary = /(?<![\s.][a-zåäö]{1,3}\.)(?<!\b(?:ca|kl|nr|tex|bl|st|resp|jfr|dvs|osv|mm|mfl|tf|fd|p)\.)([.!?])\s+(?=[A-ZÅÄÖ0-9"”])/g;
	let start = 0;
	for (const match of text.matchAll(boundary)) {
		const end = (match.index ?? 0) + 1;
		sentences.push(text.slice(start, end).trim());
		start = end;
	}
	const rest = text.slice(start).trim();
	if (rest) sentences.push(rest);
	return sentences.filter(Boolean);
}
