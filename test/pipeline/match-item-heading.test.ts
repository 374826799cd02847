import { describe, expect, it } from 'vitest';
import { matchItemHeading } from '../../scripts/pipeline/parse/match-item-heading.ts';
import { splitInlineItems } from '../../scripts/pipeline/segment/split-inline-items.ts';

const heading = (text: string) => {
	const found = matchItemHeading(text);
	return found && { number: found.number, label: found.label, title: found.title, caseNumbers: found.caseNumbers, strong: found.strong };
};

describe('item headings as Swedish minutes write them', () => {
	it('reads paragraph headings with a body before the sign, the sign after the number, or a Dnr on the line', () => {
		expect(heading('KF § 101 Val av revisorer')).toMatchObject({ number: 101, title: 'Val av revisorer', strong: true });
		expect(heading('33 § Sammanträdets öppnande')).toMatchObject({ number: 33, title: 'Sammanträdets öppnande', strong: true });
		expect(heading('§ 12 Budget 2020 Dnr KS 2018/124')).toMatchObject({ number: 12, title: 'Budget 2020', caseNumbers: ['Dnr KS 2018/124'] });
		expect(heading('Ks 1 Dnr 2012-KS Namninsamling med begäran om folkomröstning')).toMatchObject({ number: 1, title: 'Namninsamling med begäran om folkomröstning', strong: true });
	});
	it('reads numbers glued to their title, hashes and sub-items, never a time', () => {
		expect(heading('7.Mötet avslutas')).toMatchObject({ number: 7, title: 'Mötet avslutas', strong: false });
		expect(heading('#1 OFMÖ')).toMatchObject({ number: 1, title: 'OFMÖ' });
		expect(heading('2.1 Mötets behörighet')).toMatchObject({ number: 2, label: '2.1', title: 'Mötets behörighet' });
		expect(heading('2a Mötesordförande')).toMatchObject({ number: 2, label: '2a' });
		expect(heading('12.30 Lunch')).toBeNull();
		expect(heading('0.A')).toBeNull();
	});
});

describe('items written inline on a flattened page', () => {
	it('become a heading, a blank line and the text, the title cut where the first sentence starts', () => {
		const line = { text: '1:Mötet öppnas av ordföranden Ordförande förklarade mötet öppnat och hälsade alla välkomna till dagens möte. 2:Val av protokolljusterare Per-Erik Sandberg utsågs att justera dagens protokoll tillsammans med ordföranden.', line: 4 };
		expect(splitInlineItems([line]).map((piece) => piece.text)).toEqual([
			'1:Mötet öppnas av ordföranden', '', 'Ordförande förklarade mötet öppnat och hälsade alla välkomna till dagens möte.', '',
			'2:Val av protokolljusterare', '', 'Per-Erik Sandberg utsågs att justera dagens protokoll tillsammans med ordföranden.', '',
		]);
	});
	it('leave an agenda of titles alone', () => {
		const agenda = { text: 'Dagordning 1 Mötets öppnande 2 Föregående minnesanteckningar 3 Nya gemensamma utvecklingsprojekt diskussion och prioritering 4 Projekt Dialog och Utveckling 5 Övriga frågor', line: 2 };
		expect(splitInlineItems([agenda])).toEqual([agenda]);
	});
});
