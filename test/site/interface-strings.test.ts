import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../../src/i18n/apply-overrides.ts';
import { en } from '../../src/i18n/en.ts';
import { enData } from '../../src/i18n/en-data.ts';
import { sv } from '../../src/i18n/sv.ts';
import { svData } from '../../src/i18n/sv-data.ts';
import { localise } from '../../src/i18n/ui.ts';

/** Every key path of an object of strings, `nav.meetings`, sorted. */
function keys(value: unknown, at = ''): string[] {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return [at];
	return Object.entries(value)
		.flatMap(([key, inner]) => keys(inner, at ? `${at}.${key}` : key))
		.sort();
}

describe('the English interface', () => {
	it('has every string the Swedish one has, and no other', () => {
		expect(keys(en)).toEqual(keys(sv));
		expect(keys(enData)).toEqual(keys(svData));
	});
	it('writes dates, counts and lists in English', () => {
		expect(en.date('2024-03-05')).toBe('5 March 2024');
		expect(en.dateRange('2024-03-05', '2024-03-06')).toBe('5–6 March 2024');
		expect(en.count.people(1)).toBe('1 person');
		expect(en.count.people(3)).toBe('3 people');
		expect(en.list(['Anna', 'Per', 'Lisa'])).toBe('Anna, Per, and Lisa');
	});
	it('is chosen by the language, with the archive’s own strings on top', () => {
		const { ui, data, problems } = localise({ language: 'en', overrides: { nav: { about: 'About the archive' }, feeds: { subscribe: 'Follow' } } });
		expect(problems).toEqual([]);
		expect(ui.nav.meetings).toBe('Meetings');
		expect(ui.nav.about).toBe('About the archive');
		expect(data.feeds.subscribe).toBe('Follow');
		expect(localise({ language: 'sv', overrides: {} }).ui.nav.meetings).toBe('Möten');
	});
});

describe('an archive’s own interface strings', () => {
	it('replace a text, a list, and a text built from values through {1}, {2}', () => {
		const { strings, problems } = applyOverrides(sv, {
			nav: { meetings: 'Sammanträden' },
			about: { a11yShortcomingList: ['Äldre protokoll är inskannade.'] },
			people: { inBody: 'Ledamöter och andra i {1}' },
			meeting: { corrections: 'Ändrat sedan {1}' },
		});
		expect(problems).toEqual([]);
		expect(strings.nav.meetings).toBe('Sammanträden');
		expect(strings.nav.bodies).toBe('Organ');
		expect(strings.about.a11yShortcomingList).toEqual(['Äldre protokoll är inskannade.']);
		expect(strings.people.inBody('Kommunstyrelsen')).toBe('Ledamöter och andra i Kommunstyrelsen');
		expect(strings.meeting.corrections('2024-01-02')).toBe('Ändrat sedan 2024-01-02');
		expect(sv.nav.meetings).toBe('Möten');
	});
	it('name every key that cannot be used, and leave those strings as they were', () => {
		const { strings, problems } = applyOverrides(sv, {
			nav: { meeting: 'Sammanträden', people: 3 },
			home: 'Start',
			lang: 'en',
			people: { inBody: 'Personer i {1} och {2}' },
			about: { a11yShortcomingList: 'En brist' },
		});
		expect(problems).toEqual([
			'nav.meeting: there is no interface string with this name (the names are those of src/i18n/sv.ts)',
			'nav.people: must be a text',
			'home: holds several strings; write them indented below it',
			'lang: is set by `language` in archive.yml, not here',
			'people.inBody: uses {2}, but this text has one value ({1})',
			'about.a11yShortcomingList: must be a list of texts',
		]);
		expect(strings.nav.people).toBe('Personer');
		expect(strings.lang).toBe('sv');
	});
	it('accept an empty file', () => {
		expect(applyOverrides(sv, null)).toEqual({ strings: sv, problems: [] });
		expect(applyOverrides(sv, 'text').problems).toEqual(['the file must map names to texts (name: text)']);
	});
});
