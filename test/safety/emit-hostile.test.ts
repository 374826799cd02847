import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitMdx } from '../../scripts/pipeline/emit/emit-mdx.ts';
import { forbiddenTypes, intendedTree, meetingWith, parseMdx, type Slot, shapeOf, slots, splitEmitted, typesIn } from './emit-helpers.ts';
import { hostilePayloads } from './hostile-corpus.ts';

/** Emits `text` in `slot` through the real emitter and checks everything the page relies on. */
function check(slot: Slot, text: string): void {
	const { meeting, preamble, items } = meetingWith(slot, text);
	const emitted = emitMdx(meeting, preamble, items);
	expect(emitted.problems, 'verify-mdx accepts the file').toEqual([]);
	const { frontmatter, body } = splitEmitted(emitted.mdx);
	expect(JSON.parse(JSON.stringify(frontmatter)), 'front matter reads back as the same meeting (with Astro’s reader)').toEqual(
		JSON.parse(JSON.stringify(meeting)),
	);
	const tree = parseMdx(body);
	const types = typesIn(tree);
	expect(
		[...types].filter((type) => forbiddenTypes.has(type)),
		'no code, HTML, link or formatting node',
	).toEqual([]);
	expect(shapeOf(tree), 'the body reads back as exactly the tree that was meant').toEqual(shapeOf(intendedTree(preamble, items)));
}

describe('hostile corpus through the real emitter', () => {
	it('has at least 200 cases', () => {
		expect(hostilePayloads.length * slots.length).toBeGreaterThanOrEqual(200);
	});
	for (const slot of slots) {
		describe(`in ${slot === 'header fields' ? 'the header fields (title, place, body, document type, signature, note)' : `the ${slot}`}`, () => {
			it.each(hostilePayloads.map((payload) => [payload.category, JSON.stringify(payload.text).slice(0, 60), payload.text] as const))(
				'%s: %s',
				(_category, _label, text) => {
					check(slot, text);
				},
			);
		});
	}
});

/** Strings as the pipeline can hand them over: normalised, no control characters, no blank edges. */
const pipelineText = (unit: fc.Arbitrary<string>) =>
	fc
		.string({ unit, minLength: 1, maxLength: 80 })
		.map((text) =>
			text
				.normalize('NFC')
				.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, ' ')
				.trim(),
		)
		.filter((text) => text !== '');

const markdownish = fc.constantFrom(
	...'{}<>[]()!*_`~#+-=|\\&;:$^"\'/ .\n\t1aZåÖ'.split(''),
	'import ',
	'export ',
	'<!--',
	'-->',
	'javascript:',
	'&amp;',
	'&#x3C;',
	'```',
	'---',
	'+++',
	':::',
	'$$',
	'\u202e',
	'\u200b',
	'👍',
);

describe('property: any text in any slot comes back as the same text', () => {
	for (const [name, unit] of [
		['arbitrary Unicode', fc.constantFrom('grapheme', 'binary') as fc.Arbitrary<'grapheme' | 'binary'>],
		['Markdown, MDX and HTML syntax', markdownish],
	] as const) {
		it.each(slots)(`${name} in the %s`, (slot) => {
			const arbitrary =
				typeof unit === 'string'
					? pipelineText(unit)
					: name === 'arbitrary Unicode'
						? fc.oneof(
								pipelineText(fc.constant('grapheme') as never),
								fc
									.string({ unit: 'binary', minLength: 1 })
									.map((text) =>
										text
											.normalize('NFC')
											.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, ' ')
											.trim(),
									)
									.filter((text) => text !== ''),
							)
						: pipelineText(unit as fc.Arbitrary<string>);
			fc.assert(
				fc.property(arbitrary, (text) => {
					check(slot, text);
				}),
				{ numRuns: 150 },
			);
		});
	}
});
