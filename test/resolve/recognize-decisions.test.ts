import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recognizeDecisions } from '../../scripts/pipeline/resolve/recognize-decisions.ts';
import type { Block } from '../../scripts/pipeline/types.ts';

interface Fixture {
	text: string;
	kind: 'decision' | 'assignment' | 'followup' | 'meeting' | null;
	sample?: boolean;
	note?: string;
}

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/decisions');
const paragraph = (text: string, line = 1): Block => ({ type: 'paragraph', text, line });

for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
	const fixtures = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Fixture[];
	describe(`decision fixtures: ${file}`, () => {
		it.each(fixtures.map((fixture) => [fixture.text, fixture] as const))('%s', (_text, fixture) => {
			const found = recognizeDecisions([paragraph(fixture.text)]);
			if (fixture.kind === null) expect(found).toEqual([]);
			else expect(found).toEqual([{ kind: fixture.kind, text: fixture.text }]);
		});
	});
}

describe('recognizeDecisions over blocks', () => {
	it('keeps each sentence exactly as written, splitting a paragraph into sentences', () => {
		const text = 'Dialog om överenskommelsen. CGH fick i uppdrag att diskutera frågan vidare, bl.a. kostnaderna (ca. 14,5 mnkr). Presentation bifogas.';
		expect(recognizeDecisions([paragraph(text)])).toEqual([
			{ kind: 'assignment', text: 'CGH fick i uppdrag att diskutera frågan vidare, bl.a. kostnaderna (ca. 14,5 mnkr).' },
		]);
	});

	it('reads list entries and nested lists, and skips headings', () => {
		const blocks: Block[] = [
			{ type: 'heading', text: 'Frågan återkommer', line: 1 },
			{
				type: 'list',
				ordered: false,
				start: null,
				line: 2,
				items: [
					{ text: 'Intresse finns för ett gemensamt projekt i länet. Kommunchefsnätverket uppdras att titta på möjliga områden.', line: 2, children: [] },
					{ text: 'Medvetenhet är viktig.', line: 3, children: [paragraph('Frågan tas med till nästa kommunala forum.', 4)] },
				],
			},
		];
		expect(recognizeDecisions(blocks).map((decision) => decision.kind)).toEqual(['assignment', 'followup']);
	});

	it('treats every sentence under a "Beslut" heading as a decision', () => {
		const blocks: Block[] = [
			paragraph('Ordföranden redogjorde för ärendet.'),
			{ type: 'heading', text: 'Beslut', line: 2 },
			paragraph('Att anta verksamhetsplanen för 2026.', 3),
		];
		expect(recognizeDecisions(blocks)).toEqual([{ kind: 'decision', text: 'Att anta verksamhetsplanen för 2026.' }]);
	});

	it('does not repeat a sentence that occurs twice', () => {
		expect(recognizeDecisions([paragraph('Frågan återkommer.'), paragraph('Frågan återkommer.')])).toHaveLength(1);
	});
});
