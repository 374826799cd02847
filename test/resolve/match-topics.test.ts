import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assignTopics } from '../../scripts/pipeline/resolve/assign-topics.ts';
import { matchTopics } from '../../scripts/pipeline/resolve/match-topics.ts';
import type { Block } from '../../scripts/pipeline/types.ts';
import { type RegistryTopic, topicsRegistrySchema } from '../../src/schema/registries.ts';

const topic = (id: string, label: string, synonyms: string[] = [], abbreviations: string[] = []): RegistryTopic => ({
	id,
	label,
	description: '',
	synonyms,
	abbreviations,
});
const registry = [
	topic('hemsjukvard', 'Hemsjukvård'),
	topic('civilt-forsvar', 'Civilt försvar', ['civilt försvar', 'totalförsvar']),
	topic('regional-fysisk-plan', 'Regional fysisk plan', [], ['RFP']),
	topic('rus', 'Regional utvecklingsstrategi', [], ['RUS']),
	topic('god-och-nara-vard', 'God och nära vård'),
	topic('halso-och-sjukvardsavtal', 'Hälso- och sjukvårdsavtal'),
	topic('kommunalt-sjalvstyre', 'Kommunalt självstyre'),
	topic('valfardsbrott', 'Välfärdsbrott', ['otillåten påverkan']),
	topic('digitalisering', 'Digitalisering', ['internet of things'], ['IoT']),
];
const matchers = matchTopics(registry);
const topicsOf = (text: string) => matchers.filter((matcher) => matcher.test(text)).map((matcher) => matcher.id);

describe('matchTopics: word forms and compounds', () => {
	it.each([
		['Ersättningsmodell Hemsjukvårdsöverenskommelsen', 'hemsjukvard', 'compound starting with the synonym'],
		['Kostnaderna för den regionala hemsjukvården', 'hemsjukvard', 'definite form'],
		['Gränsen mellan kommunhemsjukvård och regionen', 'hemsjukvard', 'inside a compound, synonym of ≥ 6 letters'],
		['Hela civilförsvaret är en stor utmaning.', 'civilt-forsvar', 'adjective + noun as a compound, inflected'],
		['Säkerhetsfrågor och civilt försvar', 'civilt-forsvar', 'the phrase itself'],
		['Det civila försvaret behöver resurser.', 'civilt-forsvar', 'inflected adjective and noun'],
		['Totalförsvarsplaneringen i länet', 'civilt-forsvar', 'compound of another synonym'],
		['Arbetet med den regionala fysiska planen fortsätter.', 'regional-fysisk-plan', 'every word inflected'],
		['Regional fysisk plan - Information framtagandeprocess', 'regional-fysisk-plan', 'title'],
		['RFP-arbetet har startat.', 'regional-fysisk-plan', 'abbreviation before a hyphen'],
		['Kort dialog om RUS:en.', 'rus', 'abbreviation with a colon suffix'],
		['Den regionala utvecklingsstrategin ska vara vassare.', 'rus', 'vowel-final noun takes -n'],
		['Arbete med God och Nära Vård.', 'god-och-nara-vard', 'case-insensitive phrase with a function word'],
		['Den goda och nära vården', 'god-och-nara-vard', 'inflected phrase'],
		['Avstämning kring hälso- och sjukvårdsavtalet', 'halso-och-sjukvardsavtal', 'phrase with a hyphen'],
		['Det kommunala självstyret togs upp.', 'kommunalt-sjalvstyre', 'neuter adjective stem and -t'],
		['Arbetet mot välfärdsbrottslighet', 'valfardsbrott', 'compound continuation'],
		['Otillåten påverkan på tjänstepersoner', 'valfardsbrott', 'multi-word synonym'],
		['Internet of Things (IoT) i välfärden', 'digitalisering', 'English phrase and mixed-case abbreviation'],
	])('%s → %s (%s)', (text, id) => {
		expect(topicsOf(text)).toContain(id);
	});
});

describe('matchTopics: must not match', () => {
	it.each([
		['Det är KRF som bestämmer vad som ska stå i planen.', 'regional-fysisk-plan', '"planen" alone'],
		['Regional fysisk planering är ett annat begrepp.', 'regional-fysisk-plan', 'short last word takes only inflections'],
		['Processplan för 2023 presenterades.', 'regional-fysisk-plan', 'plan inside another compound'],
		['En rus av glädje.', 'rus', 'lower-case "rus" is not RUS'],
		['Rus och berusning', 'rus', 'capitalised word is not the abbreviation'],
		['RUSTA projektet', 'rus', 'abbreviation followed by letters'],
		['Viktigt att försvara demokratin.', 'civilt-forsvar', '"försvar" alone'],
		['Försvaret och polisen samverkar.', 'civilt-forsvar', '"försvar" alone, inflected'],
		['Regional utvecklingsgrupp God och nära vård (RUG)', 'rus', 'another compound of the last word of a phrase'],
		['Hemtjänst och hemsjuk vård', 'hemsjukvard', 'split word'],
		['Goda nära relationer i vården', 'god-och-nara-vard', 'words of the phrase scattered'],
		['Iot, iOT och iot', 'digitalisering', 'abbreviation is case-sensitive'],
	])('%s ↛ %s (%s)', (text, id) => {
		expect(topicsOf(text)).not.toContain(id);
	});
});

describe('matchTopics: options and find', () => {
	it('matches inside compounds only from compoundMinLength letters', () => {
		const strict = matchTopics([topic('hemsjukvard', 'Hemsjukvård')], { compoundMinLength: 20 });
		expect(strict[0]?.test('kommunhemsjukvård')).toBe(false);
		expect(strict[0]?.test('hemsjukvården')).toBe(true);
		expect(strict[0]?.test('Hemsjukvårdsöverenskommelsen')).toBe(false);
	});

	it('returns every mention as written', () => {
		const [rus] = matchTopics([topic('rus', 'Regional utvecklingsstrategi', [], ['RUS'])]);
		expect(rus?.find('RUS (vart ska vi förflytta oss utifrån RUS:en) och den Regionala utvecklingsstrategin')).toEqual([
			'Regionala utvecklingsstrategin',
			'RUS',
			'RUS:en',
		]);
	});
});

describe('assignTopics', () => {
	const p = (text: string): Block => ({ type: 'paragraph', text, line: 1 });

	it('assigns a topic named in the title', () => {
		expect(assignTopics({ title: 'Ersättningsmodell Hemsjukvårdsöverenskommelsen', blocks: [] }, matchers)).toEqual(['hemsjukvard']);
	});

	it('needs two sentences of the text to mention a topic the title does not name', () => {
		const once = { title: 'Dialog med SKR', blocks: [p('Beredskap och Nato-medlemskap; hela civilförsvaret är en stor utmaning. Finansiering togs upp.')] };
		const twice = { title: 'Dialog med SKR', blocks: [p('Hela civilförsvaret är en stor utmaning.'), p('Även det civila försvarets finansiering togs upp.')] };
		expect(assignTopics(once, matchers)).toEqual([]);
		expect(assignTopics(twice, matchers)).toEqual(['civilt-forsvar']);
		expect(assignTopics(once, matchers, { minSentences: 1 })).toEqual(['civilt-forsvar']);
	});
});

describe('content/topics.yml', () => {
	const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../content/topics.yml');
	const topics = topicsRegistrySchema.parse(parse(readFileSync(file, 'utf8'))).topics;

	it('is valid, with unique ids and broader topics that exist', () => {
		const ids = topics.map((entry) => entry.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const entry of topics) if (entry.broader) expect(ids).toContain(entry.broader);
		for (const entry of topics) expect(entry.description.length).toBeGreaterThan(10);
	});

	it('matches the issue examples', () => {
		const demo = matchTopics(topics);
		const of = (text: string) => demo.filter((matcher) => matcher.test(text)).map((matcher) => matcher.id);
		expect(of('Regional fysisk plan - Information framtagandeprocess')).toContain('regional-fysisk-plan');
		expect(of('RUS - Regional utvecklingsstrategi')).toContain('regional-utvecklingsstrategi');
		expect(of('Regional utvecklingsstrategi för Region Halland (RUS)')).toContain('regional-utvecklingsstrategi');
		expect(of('Ersättningsmodell Hemsjukvårdsöverenskommelsen')).toContain('hemsjukvard');
		expect(of('Säkerhetsfrågor och civilt försvar')).toEqual(expect.arrayContaining(['civilt-forsvar', 'sakerhet-och-beredskap']));
		expect(of('Tema Välfärdsbrott')).toContain('valfardsbrott');
		expect(of('Avstämning kring hälso- och sjukvårdsavtal')).toContain('halso-och-sjukvardsavtal');
		expect(of('Internet of Things (IoT) – digitalisering och sensorstödd samhällsplanering')).toContain('digitalisering');
		expect(of('Integrationsråd Halland')).toContain('integration');
		expect(of('Vad ska stå i planen?')).toEqual([]);
		expect(of('Patientsäkerhet och rättssäkerhet')).toEqual([]);
	});
});
