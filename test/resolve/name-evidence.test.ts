import { describe, expect, it } from 'vitest';
import { compareOrganizations } from '../../scripts/pipeline/resolve/compare-organizations.ts';
import { displayName } from '../../scripts/pipeline/resolve/display-name.ts';
import { firstNameVariant } from '../../scripts/pipeline/resolve/first-name-variant.ts';
import { nameVariants } from '../../scripts/pipeline/resolve/name-variants.ts';

describe('first-name variants', () => {
	it.each([
		['Mattias', 'Matthias', 'spelling'],
		['Kristina', 'Christina', 'spelling'],
		['Carl', 'Karl', 'spelling'],
		['Eric', 'Erik', 'spelling'],
		['Annelie', 'Anneli', 'spelling'],
		['Lise-Lotte', 'Liselotte', 'hyphen'],
		['P-O', 'Per-Olof', 'initials'],
		['A.', 'Anders', 'initials'],
		['Ann', 'Ann-Charlotte', 'short'],
		['per', 'Per', 'same'],
	])('%s and %s: %s', (a, b, relation) => expect(firstNameVariant(a, b)).toBe(relation));

	it.each([
		['Maria', 'Marie'],
		['Helena', 'Helene'],
		['Mikael', 'Mikaela'],
		['Erik', 'Erika'],
		['Anna', 'Anne'],
		['Tina', 'Gull-Britt'],
		['Kicki', 'Krissi'],
		['P-O', 'A.'],
		['A.', 'Per'],
	])('%s and %s are different names', (a, b) => expect(firstNameVariant(a, b)).toBeNull());
});

describe('name variants', () => {
	it('recognises a left-out middle name, also written as an initial', () => {
		expect(nameVariants('Per Persson', 'Per Stané Persson')).toMatchObject({
			kinds: ['middle-name'],
			mergeable: true,
			needs: { agreements: 1, bodyCounts: true },
		});
		expect(nameVariants('Per S. Persson', 'Per Stané Persson')).toMatchObject({ kinds: ['middle-name'], mergeable: true });
	});

	it('does not relate different middle names, surnames or first names', () => {
		expect(nameVariants('Per Olof Persson', 'Per Stané Persson')).toBeNull();
		expect(nameVariants('Per Persson', 'Per Svensson')).toBeNull();
		expect(nameVariants('Per Borg', 'Eva Borg')).toBeNull();
		expect(nameVariants('Angelica', 'Angelica Eriksson')).toBeNull();
	});

	it('relates a double surname to one of its parts, but never for automatic merging', () => {
		expect(nameVariants('Ulrika Joelsson', 'Ulrika Joelsson Gustafsson')).toMatchObject({ kinds: ['double-surname'], mergeable: false });
		expect(nameVariants('Ulrika Joelsson-Gustafsson', 'Ulrika Joelsson Gustafsson')).toMatchObject({ kinds: ['punctuation'], mergeable: true });
	});

	it('asks for more evidence for initials, short first names and combined differences', () => {
		expect(nameVariants('P-O Strömberg', 'Per-Olof Strömberg')?.needs).toEqual({ agreements: 2, bodyCounts: false });
		expect(nameVariants('Ann Stenkil', 'Ann-Charlotte Stenkil')?.needs).toEqual({ agreements: 2, bodyCounts: false });
		expect(nameVariants('Matthias Rossköld', 'Mattias Stané Rossköld')?.needs).toEqual({ agreements: 2, bodyCounts: false });
	});

	it('keeps particles with the surname', () => {
		expect(nameVariants('Anna von Sydow', 'Anna Sydow')).toBeNull();
		expect(nameVariants('Ana von Sydow', 'Anna von Sydow')).toBeNull();
		expect(nameVariants('Kristina von Sydow', 'Christina von Sydow')).toMatchObject({ kinds: ['spelling'] });
	});
});

describe('organisations', () => {
	it.each([
		['Kungsbacka kommun', 'Kungsbacka'],
		['Falkenbergs kommun', 'Falkenberg'],
		['Vännäs kommun', 'Vännäs'],
		['Göteborgs Stad', 'Göteborg'],
		['Region Halland', 'Halland'],
		['Göteborgsregionen (GR)', 'GR'],
		['Länsstyrelsen', 'Länsstyrelsen Halland'],
	])('%s is %s', (a, b) => expect(compareOrganizations(a, b)).toBe('same'));

	it('tells different kinds from clashes', () => {
		expect(compareOrganizations('Hylte kommun', 'Region Halland')).toBe('different-kind');
		expect(compareOrganizations('Falkenbergs kommun', 'Halmstads kommun')).toBe('different');
		expect(compareOrganizations('Falkenbergs kommun', 'Stenungsund')).toBe('different');
		expect(compareOrganizations('SKR', 'Region Halland')).toBe('different');
	});
});

describe('display name', () => {
	it('prefers the fullest, well-cased, most frequent spelling', () => {
		expect(
			displayName([
				{ name: 'Per Persson', count: 3, order: 0 },
				{ name: 'Per Stané Persson', count: 1, order: 1 },
			]),
		).toBe('Per Stané Persson');
		expect(
			displayName([
				{ name: 'P-O Strömberg', count: 5, order: 0 },
				{ name: 'Per-Olof Strömberg', count: 1, order: 1 },
			]),
		).toBe('Per-Olof Strömberg');
		expect(
			displayName([
				{ name: 'ANNA BERG', count: 5, order: 0 },
				{ name: 'Anna Berg', count: 1, order: 1 },
			]),
		).toBe('Anna Berg');
		expect(
			displayName([
				{ name: 'Matthias Rossköld', count: 1, order: 0 },
				{ name: 'Mattias Rossköld', count: 2, order: 1 },
			]),
		).toBe('Mattias Rossköld');
		expect(
			displayName([
				{ name: 'Bo Ek', count: 1, order: 0 },
				{ name: 'B. Ek', count: 4, order: 1 },
			]),
		).toBe('Bo Ek');
	});
});
