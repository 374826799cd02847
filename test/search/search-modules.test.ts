import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/search/build-lexicon.ts';
import { coversTerms } from '../../src/search/covers-terms.ts';
import { highlightUrl } from '../../src/search/highlight-url.ts';
import { indexTerms } from '../../src/search/index-terms.ts';
import { itemTexts } from '../../src/search/item-texts.ts';
import { pagefindSearchOptions } from '../../src/search/pagefind-search-options.ts';
import { queryTerms } from '../../src/search/query-terms.ts';
import { readSearchState } from '../../src/search/read-search-state.ts';
import { splitCompound } from '../../src/search/split-compound.ts';
import { writeSearchState } from '../../src/search/write-search-state.ts';

const lexicon = buildLexicon(
	['Den regionala hemsjukvården och kommunal hemsjukvård. En överenskommelse. Civilt försvar. Planeringen av arbetet.', 'Hälso- och sjukvården, mötet, möte.'],
	['civilt försvar', 'civilförsvar'],
);

describe('buildLexicon', () => {
	it('keeps words of four letters or more, lower case, without function words', () => {
		expect(lexicon.has('hemsjukvård')).toBe(true);
		expect(lexicon.has('civilt')).toBe(true);
		expect(lexicon.has('och')).toBe(false);
		expect(lexicon.has('över')).toBe(false);
	});
});

describe('splitCompound', () => {
	it.each([
		['hemsjukvårdsöverenskommelsen', ['hemsjukvård', 'överenskommelsen']],
		['civilförsvaret', ['civil', 'försvaret']],
		['mötesplanering', ['möte', 'planering']],
		['ambulanssjukvården', ['ambulans', 'sjukvården']],
	])('%s → %j', (word, parts) => expect(splitCompound(word, lexicon)).toEqual(parts));
	it.each(['hemsjukvård', 'kommunerna', 'regionen', 'förändringar'])('leaves %s alone', (word) => expect(splitCompound(word, lexicon)).toEqual([]));
});

describe('indexTerms', () => {
	it('lists compound parts, with the forms the archive uses, leaving out words already in the text', () => {
		expect(indexTerms('Ersättningsmodell Hemsjukvårdsöverenskommelsen', lexicon)).toEqual(expect.arrayContaining(['hemsjukvård', 'överenskommelsen']));
		expect(indexTerms('Beredskap och civilförsvaret', lexicon)).toEqual(['civilt', 'försvaret']);
		expect(indexTerms('hemsjukvård', lexicon)).toEqual([]);
	});
});

describe('itemTexts', () => {
	it('gives each item its title and text by anchor', () => {
		const mdx =
			'<Item anchor="punkt-1" title="Civilt &quot;försvar&quot;" number="1">\n  Text **fet**.\n\n  <Decision kind="followup">Beslut.</Decision>\n</Item>\n\n<Item anchor="punkt-2" title="Övrigt">\n  Mer.\n</Item>\n';
		const texts = itemTexts(mdx);
		expect([...texts.keys()]).toEqual(['punkt-1', 'punkt-2']);
		expect(texts.get('punkt-1')).toBe('Civilt "försvar"\nText fet . Beslut.');
	});
});

describe('search state in the URL', () => {
	it('reads and writes q, filters and sort', () => {
		const state = readSearchState('?q=hemsjukv%C3%A5rd&organ=KRF&organ=KF&%C3%A5r=2023&sort=nyast&other=x');
		expect(state).toEqual({ query: 'hemsjukvård', filters: { organ: ['KRF', 'KF'], år: ['2023'] }, sort: 'nyast' });
		expect(readSearchState(writeSearchState(state))).toEqual(state);
		expect(writeSearchState({ query: ' ', filters: {}, sort: 'relevans' })).toBe('');
		expect(readSearchState('?sort=bogus').sort).toBe('relevans');
	});
	it('maps to Pagefind options', () => {
		expect(pagefindSearchOptions({ query: 'x', filters: { organ: ['KRF'] }, sort: 'aldst' })).toEqual({
			filters: { organ: { any: ['KRF'] } },
			sort: { datum: 'asc' },
		});
		expect(pagefindSearchOptions({ query: 'x', filters: {}, sort: 'relevans' })).toEqual({ filters: {} });
	});
});

describe('coversTerms', () => {
	it('accepts stems and prefixes, rejects dropped words and truncation fallbacks', () => {
		expect(coversTerms(queryTerms('Trafikverkets'), ['Trafikverket'])).toBe(true);
		expect(coversTerms(queryTerms('ar'), ['arbetet'])).toBe(true);
		expect(coversTerms(queryTerms('SOU 2024:1'), ['SOU', '2024:1']), 'punctuation').toBe(true);
		expect(coversTerms(queryTerms('Stefan Löfven'), ['Stefan'])).toBe(false);
		expect(coversTerms(queryTerms('pandemi'), ['på'])).toBe(false);
		expect(coversTerms(queryTerms('Löfven'), ['Löfquist'])).toBe(false);
		expect(coversTerms(queryTerms('hemsjukvard'), ['hemsjukvård,'])).toBe(true);
	});
});

describe('highlightUrl', () => {
	it('adds a text fragment for each word after the item anchor, and drops highlight parameters', () => {
		expect(highlightUrl('/organ/krf/2019/?highlight=hemsjukvard#punkt-1', 'hemsjukvård')).toBe('/organ/krf/2019/#punkt-1:~:text=hemsjukv%C3%A5rd');
		expect(highlightUrl('/organ/krf/2024/#punkt-1', 'civilt', 'Text. ¶ <mark>civilt</mark>, demokrati', '', '¶')).toBe('/organ/krf/2024/#punkt-1');
		expect(highlightUrl('/organ/krf/2019/', '"civilt försvar"')).toBe('/organ/krf/2019/#:~:text=civilt&text=f%C3%B6rsvar');
	});
	it('takes the words around the excerpt’s first match as context, so the browser goes to that occurrence', () => {
		const excerpt = 'lyftes. Beredskap och Nato-medlemskap; hela <mark>civilförsvaret</mark> är en stor utmaning.';
		expect(highlightUrl('/organ/krf/2024/#punkt-1', 'civilt försvar', excerpt)).toBe(
			'/organ/krf/2024/#punkt-1:~:text=hela-,civilf%C3%B6rsvaret,-%C3%A4r%20en%20stor',
		);
	});
	it('skips a match in the item’s title, which the agenda at the top of the page repeats', () => {
		const excerpt =
			'Säkerhetsfrågor och <mark>civilt</mark> <mark>försvar.</mark> Gunilla Glasare leder en diskussion om <mark>civilt</mark> <mark>försvar</mark> i kommunerna.';
		expect(highlightUrl('/organ/gr/2023/#punkt-1', 'civilt försvar', excerpt, 'Säkerhetsfrågor och civilt försvar')).toBe(
			'/organ/gr/2023/#punkt-1:~:text=en%20diskussion%20om-,civilt,-f%C3%B6rsvar%20i%20kommunerna&text=diskussion%20om%20civilt-,f%C3%B6rsvar,-i%20kommunerna',
		);
		expect(highlightUrl('/organ/gr/2023/#punkt-1', 'civilt', 'Säkerhetsfrågor och <mark>civilt</mark> försvar', 'Säkerhetsfrågor och civilt försvar')).toBe(
			'/organ/gr/2023/#punkt-1',
		);
	});
	it('leaves a link without words as it is', () => {
		expect(highlightUrl('/organ/krf/2019/#punkt-2', '')).toBe('/organ/krf/2019/#punkt-2');
	});
});
