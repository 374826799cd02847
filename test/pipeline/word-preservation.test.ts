import { describe, expect, it } from 'vitest';
import { extractText } from '../../scripts/pipeline/extract/extract-text.ts';
import { parseMinutes } from '../../scripts/pipeline/parse-minutes.ts';
import { fixtures, realDocuments } from './helpers/fixtures.ts';
import { missingWords } from './helpers/words.ts';

describe('nothing lost: every word of the input is in the parsed minutes (multiset)', () => {
	for (const f of fixtures()) {
		it(f.name, () => {
			const parsed = parseMinutes(f.input, { fileName: f.fileName });
			expect(Object.fromEntries(missingWords(f.input, parsed))).toEqual({});
		});
	}

	it('catches a dropped paragraph', () => {
		const f = fixtures()[0]!;
		const parsed = parseMinutes(f.input, { fileName: f.fileName });
		const item = parsed.items.find((i) => i.blocks.length > 0)!;
		item.blocks = item.blocks.slice(1);
		expect(missingWords(f.input, parsed).size).toBeGreaterThan(0);
	});

	it('counts occurrences, not just presence', () => {
		const text = 'Anteckningar\n\nNärvarande\n\nAnna Berg (S)\n\n1. Budget\n\nBudget budget.\n';
		const parsed = parseMinutes(text, { fileName: 'x.txt' });
		expect(missingWords(text, parsed).size).toBe(0);
		parsed.items[0]!.blocks = [{ type: 'paragraph', text: 'Budget.', line: 9 }];
		expect(missingWords(text, parsed).get('budget')).toBe(1);
	});
});

describe('nothing lost in real minutes: every word of each document of the real-minutes corpus is in the parsed minutes', () => {
	for (const document of realDocuments()) {
		it(`${document.family}/${document.id}`, async () => {
			const { text } = await extractText(document.fileName, document.bytes);
			expect(text).not.toBeNull();
			const parsed = parseMinutes(text as string, { fileName: document.fileName });
			expect(Object.fromEntries(missingWords(text as string, parsed))).toEqual({});
		});
	}
});
