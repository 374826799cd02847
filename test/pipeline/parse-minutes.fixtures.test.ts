import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../scripts/pipeline/parse-minutes.ts';
import { fixtures } from './helpers/fixtures.ts';

// Each folder under test/fixtures/minutes holds input.txt, expected.json (the full ParsedMinutes, checked by eye
// against the input) and optionally options.json ({ "fileName": … }; default "<folder>.txt").
describe('parseMinutes fixtures', () => {
	for (const f of fixtures()) {
		it(f.name, () => {
			const expected: unknown = JSON.parse(readFileSync(f.expectedPath, 'utf8'));
			expect(parseMinutes(f.input, { fileName: f.fileName })).toEqual(expected);
		});
	}
});
