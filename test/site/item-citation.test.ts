import { describe, expect, it } from 'vitest';
import { itemCitation } from '../../src/lib/item-citation.ts';

describe('itemCitation', () => {
	const base = {
		bodyName: 'Kommunstyrelsen',
		organization: 'Falkenbergs kommun',
		date: '2019-03-12',
		number: '12',
		paragraphs: true,
		title: 'Motion om fler badplatser',
		permalink: 'https://arkiv.example/organ/ks/2019-03-12/#punkt-12',
	};
	it('names the body, the organisation, the date, the § and the title, and ends with the permalink', () => {
		expect(itemCitation(base).text).toBe(
			'Kommunstyrelsen, Falkenbergs kommun, 2019-03-12, § 12, ”Motion om fler badplatser”, https://arkiv.example/organ/ks/2019-03-12/#punkt-12',
		);
	});
	it('cites a point of minutes that do not number with § as a point, and leaves out what is not known', () => {
		expect(itemCitation({ ...base, paragraphs: false, organization: null, date: null }).text).toBe(
			'Kommunstyrelsen, punkt 12, ”Motion om fler badplatser”, https://arkiv.example/organ/ks/2019-03-12/#punkt-12',
		);
		expect(itemCitation({ ...base, number: null }).text).not.toContain('§');
	});
	it('links to the item with a text fragment of the first words of its title, its dashes and commas encoded', () => {
		expect(itemCitation(base).textLink).toBe('https://arkiv.example/organ/ks/2019-03-12/#punkt-12:~:text=Motion%20om%20fler%20badplatser');
		expect(itemCitation({ ...base, title: 'Budget 2024-2026, investeringar och drift för hela kommunen' }).textLink).toBe(
			'https://arkiv.example/organ/ks/2019-03-12/#punkt-12:~:text=Budget%202024%2D2026%2C%20investeringar%20och%20drift%20f%C3%B6r',
		);
	});
});
