import { describe, expect, it } from 'vitest';
import { exactQuery } from '../../src/search/exact-query.ts';
import { type MatchedData, phraseLocations } from '../../src/search/phrase-locations.ts';
import { runSearch } from '../../src/search/run-search.ts';

describe('exactQuery', () => {
	it('looks up a name word for word, a quoted phrase only so, and leaves words in lower case to prefix matching', () => {
		expect(exactQuery('Per')).toEqual({ phrase: '"Per"', words: 'Per', required: false, wordCount: 1 });
		expect(exactQuery('Per Persson')).toEqual({ phrase: '"Per Persson"', words: 'Per Persson', required: false, wordCount: 2 });
		expect(exactQuery(' "nära vård" ')).toEqual({ phrase: '"nära vård"', words: 'nära vård', required: true, wordCount: 2 });
		expect(exactQuery('försvar')).toBeNull();
		expect(exactQuery('Region halland')).toBeNull();
		expect(exactQuery('KS 2018/124')).toBeNull();
		expect(exactQuery('"nära" vård')).toBeNull();
	});
});

/** A page's words, matched at the given positions, with items starting at the given headings. */
function page(content: string, locations: number[], items: { id: string; location: number }[] = []): MatchedData {
	const anchors = items.map((a) => ({ element: 'h2', id: a.id, location: a.location }));
	const sub = (id: string | undefined, from: number, to: number) => ({
		locations: locations.filter((l) => l >= from && l < to),
		excerpt: 'x',
		...(id ? { anchor: { id } } : {}),
	});
	const bounds = [0, ...items.map((a) => a.location), Number.MAX_SAFE_INTEGER];
	return {
		content,
		locations,
		excerpt: 'a b c d e f',
		anchors,
		sub_results: [sub(undefined, 0, bounds[1] ?? 0), ...items.map((a, i) => sub(a.id, a.location, bounds[i + 2] ?? 0))].filter((s) => s.locations.length > 0),
	};
}

describe('phraseLocations', () => {
	const text = 'Närvarande Lars Persson, Per Persson. Punkt 1 Per Persson föredrog. Punkt 2 Lars Persson och Per Borg.';
	// words:     0          1    2        3   4        5     6 7   8       9        10    11 12   13      14  15  16
	const data = page(
		text,
		[1, 2, 3, 4, 7, 8, 12, 13, 15],
		[
			{ id: 'punkt-1', location: 5 },
			{ id: 'punkt-2', location: 10 },
		],
	);
	it('keeps only the places where the words stand together, and the items that hold one', () => {
		const kept = phraseLocations(data, 'Per Persson');
		expect(kept.locations).toEqual([3, 4, 7, 8]);
		expect(kept.sub_results.map((s) => s.anchor?.id ?? 'sidan')).toEqual(['sidan', 'punkt-1']);
	});
	it('marks the phrase in the excerpts, not a Persson on its own', () => {
		const kept = phraseLocations(data, 'Per Persson');
		expect(kept.sub_results[1]?.excerpt).toBe('Punkt 1 <mark>Per</mark> <mark>Persson</mark> föredrog.');
		expect(kept.excerpt).not.toContain('Lars <mark>');
	});
	it('takes an inflected last word (Perssons) but not a longer name (Persson for Per)', () => {
		expect(phraseLocations(page('Per Perssons motion', [0, 1]), 'Per Persson').locations).toEqual([0, 1]);
		expect(phraseLocations(page('Persson Persson', [0, 1]), 'Per Persson').locations).toEqual([]);
	});
});

/** A fake Pagefind: plain searches match word prefixes, a quoted query matches whole words side by side. */
function fakePagefind(pages: Record<string, string>) {
	const words = (id: string) => pages[id]?.toLowerCase().split(/\s+/u) ?? [];
	const result = (id: string, locations: number[]) => ({ id, data: async () => ({ content: pages[id] ?? '', locations, sub_results: [] }) });
	return {
		options: async () => undefined,
		search: async (query: string | null) => {
			const quoted = /^"(.*)"$/u.exec(query ?? '');
			const terms = (quoted?.[1] ?? query ?? '').toLowerCase().split(/\s+/u);
			const results = Object.keys(pages).flatMap((id) => {
				const w = words(id);
				if (quoted) {
					const at = w.findIndex((_, i) => terms.every((t, k) => w[i + k] === t));
					return at < 0
						? []
						: [
								result(
									id,
									terms.map((_, k) => at + k),
								),
							];
				}
				const locations = w.flatMap((word, i) => (terms.some((t) => word.startsWith(t)) ? [i] : []));
				return terms.every((t) => w.some((word) => word.startsWith(t))) ? [result(id, locations)] : [];
			});
			return { results };
		},
	};
}

describe('runSearch', () => {
	const pf = fakePagefind({ a: 'Lars Persson och Per Borg', b: 'Per Persson föredrog', c: 'Pernilla Persson' });
	const ids = async (query: string) => (await runSearch(pf, query))?.search.results.map((r) => r.id);
	it('finds Per, not Persson or Pernilla', async () => expect(await ids('Per')).toEqual(['a', 'b']));
	it('finds Per Persson where the two words stand together', async () => expect(await ids('Per Persson')).toEqual(['b']));
	it('finds a name still being typed by its prefix', async () => expect(await ids('Pern')).toEqual(['c']));
	it('says when the words of a name never stand together, and shows them apart', async () => {
		const found = await runSearch(pf, 'Lars Borg');
		expect(found?.search.results.map((r) => r.id)).toEqual(['a']);
		expect(found?.apart).toBe(true);
	});
	it('finds nothing for a quoted phrase that is not there', async () => expect(await ids('"Lars Borg"')).toEqual([]));
	it('keeps prefix matching for words in lower case', async () => expect(await ids('pers')).toEqual(['a', 'b', 'c']));
});
