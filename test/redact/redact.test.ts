import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIdentityNumbers } from '../../scripts/pipeline/redact/find-identity-numbers.ts';
import { redactIdentityNumbers } from '../../scripts/pipeline/redact/redact-identity-numbers.ts';
import { redactMinutes } from '../../scripts/pipeline/redact/redact-minutes.ts';
import { redactText } from '../../scripts/pipeline/redact/redact-text.ts';
import { redactionsSchema } from '../../src/schema/redactions.ts';

/** The Luhn check digit of YYMMDDNNN. */
function check(nine: string): string {
	let sum = 0;
	for (let i = 0; i < 9; i++) {
		const product = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
		sum += product > 9 ? product - 9 : product;
	}
	return String((10 - (sum % 10)) % 10);
}
const valid = (yymmdd: string, serial: string) => `${yymmdd}${serial}${check(yymmdd + serial)}`;
const wrong = (yymmdd: string, serial: string) => `${yymmdd}${serial}${(Number(check(yymmdd + serial)) + 1) % 10}`;
const found = (text: string) => findIdentityNumbers(text).map((match) => text.slice(match.start, match.end));

describe('personnummer and samordningsnummer', () => {
	const ten = valid('811228', '987'); // 8112289874, Skatteverket's example
	it('finds every written form of a valid number', () => {
		expect(ten).toBe('8112289874');
		for (const form of [`811228-9874`, `8112289874`, `19811228-9874`, `198112289874`, `811228+9874`, `811228–9874`]) {
			expect(found(`Personnummer: ${form}.`)).toEqual([form]);
		}
	});
	it('finds a samordningsnummer (day + 60) and says which kind it is', () => {
		const number = valid('701063', '239');
		expect(findIdentityNumbers(`nr ${number.slice(0, 6)}-${number.slice(6)}`)[0]?.kind).toBe('samordningsnummer');
		expect(findIdentityNumbers(`nr 811228-9874`)[0]?.kind).toBe('personnummer');
	});
	it('requires a valid check digit', () => {
		expect(found(`811228-${wrong('811228', '987').slice(6)}`)).toEqual([]);
		expect(found(`19${wrong('811228', '987')}`)).toEqual([]);
	});
	it('requires a valid date', () => {
		expect(found(valid('811328', '123'))).toEqual([]);
		expect(found(valid('810230', '123'))).toEqual([]);
		expect(found(valid('810100', '123'))).toEqual([]);
		expect(found(valid('810192', '123'))).toEqual([]);
	});
	it('leaves dates, case numbers, times and phone numbers alone', () => {
		const text = [
			'Mötet 2018-05-02 kl. 09.00–11.30, nästa möte 2018-09-12 10:00.',
			'Ärende RS181313 och RS170838, KS 2018/124, Dnr 2019/45, SOU 2024:1.',
			`Tel: ${valid('070123', '456')} och tfn ${valid('031123', '456')}`,
			'Org.nr 212000-1355, bankgiro 5050-1055, belopp 1 234 567 kr.',
			`Löpnummer 12${valid('811228', '987')} och ${valid('811228', '987')}12.`,
		].join('\n');
		expect(found(text)).toEqual([]);
	});
	it('replaces each number with a marker and reports the line', () => {
		const result = redactIdentityNumbers(`Rad ett\nAnna Andersson, 811228-9874, och 19${valid('701063', '239')}.`, 'redact');
		expect(result.text).toBe('Rad ett\nAnna Andersson, [personnummer borttaget], och [personnummer borttaget].');
		expect(result.problems.map((problem) => [problem.line, problem.severity])).toEqual([
			[2, 'warning'],
			[2, 'warning'],
		]);
	});
	it('makes each number a build error in error mode', () => {
		const result = redactIdentityNumbers('x\n\n811228-9874', 'error');
		expect(result.problems).toEqual([{ line: 3, severity: 'error', message: expect.stringMatching(/personnummer.*identityNumbers is 'error'/) }]);
	});
	it('finds any valid number wherever it stands between words', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 99 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 28 }),
				fc.integer({ min: 0, max: 999 }),
				fc.boolean(),
				(yy, mm, dd, serial, coordination) => {
					const date = `${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(coordination ? dd + 60 : dd).padStart(2, '0')}`;
					const number = valid(date, String(serial).padStart(3, '0'));
					const text = `Namn ${number.slice(0, 6)}-${number.slice(6)} bor här`;
					expect(redactIdentityNumbers(text, 'redact').text).toBe('Namn [personnummer borttaget] bor här');
				},
			),
		);
	});
});

describe('redaction rules', () => {
	const rules = redactionsSchema.parse([
		{ pattern: 'Anna Andersson', reason: 'skyddad identitet' },
		{ pattern: '(?<!\\p{L})ärende \\d+/\\d+', regex: true, replacement: '[ärende]', reason: 'sekretess' },
	]);
	it('replaces a phrase whatever its case and line breaks, as a whole word only', () => {
		const result = redactText('Anna Andersson kom.\nSedan ANNA\nANDERSSON igen.\nAnna Anderssons bil.', rules);
		expect(result.text).toBe('[uppgift borttagen] kom.\nSedan [uppgift borttagen]\n igen.\nAnna Anderssons bil.');
		expect(result.hits).toEqual([
			{ line: 1, rule: 0, reason: 'skyddad identitet' },
			{ line: 2, rule: 0, reason: 'skyddad identitet' },
		]);
	});
	it('applies regular expressions with their replacement', () => {
		expect(redactText('Se Ärende 12/2020 här', rules).text).toBe('Se [ärende] här');
	});
	it('treats special characters in a plain pattern literally', () => {
		expect(redactText('a (b) c.d e', [{ pattern: '(b) c.d', reason: 'r' }]).text).toBe('a [uppgift borttagen] e');
		expect(redactText('x-y z', [{ pattern: 'x-y', reason: 'r' }]).text).toBe('[uppgift borttagen] z');
	});
	it('keeps the number of lines', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', 'n', ' ', '\n', 'A', 'N') }), (text) => {
				const result = redactText(text, [{ pattern: 'an a', reason: 'r' }]);
				expect(result.text.split('\n').length).toBe(text.split('\n').length);
			}),
		);
	});
	it('redacts identity numbers and rules together and says whether anything was removed', () => {
		const result = redactMinutes('Anna Andersson 811228-9874', { rules, identityNumbers: 'redact' });
		expect(result).toMatchObject({ text: '[uppgift borttagen] [personnummer borttaget]', redacted: true });
		expect(redactMinutes('inget', { rules, identityNumbers: 'redact' }).redacted).toBe(false);
	});
});

describe('redactions.yml schema', () => {
	it('accepts the documented fields and fills in defaults', () => {
		expect(redactionsSchema.parse([{ pattern: 'x', reason: 'y' }])).toEqual([{ pattern: 'x', regex: false, caseSensitive: false, reason: 'y' }]);
	});
	it('rejects a missing reason, an unknown field, a bad or empty-matching regex and a multi-line replacement', () => {
		const issues = (value: unknown) =>
			redactionsSchema
				.safeParse(value)
				.error?.issues.map((issue) => issue.message)
				.join(' | ') ?? '';
		expect(issues([{ pattern: 'x' }])).not.toBe('');
		expect(issues([{ pattern: 'x', reason: 'y', because: 'z' }])).not.toBe('');
		expect(issues([{ pattern: '(', regex: true, reason: 'y' }])).toMatch(/not a valid regular expression/);
		expect(issues([{ pattern: 'a*', regex: true, reason: 'y' }])).toMatch(/matches empty text/);
		expect(issues([{ pattern: 'x', replacement: 'a\nb', reason: 'y' }])).toMatch(/one line/);
	});
});
