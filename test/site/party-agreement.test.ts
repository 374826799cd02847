import { describe, expect, it } from 'vitest';
import { pairOf, partyAgreement } from '../../src/lib/party-agreement.ts';
import { partyPositions } from '../../src/lib/party-positions.ts';
import { personProceedings, voteMajority } from '../../src/lib/person-proceedings.ts';
import type { Vote } from '../../src/schema/meeting.ts';
import { item, meeting } from './helpers.ts';

const voter = (name: string, party: string | null, vote: 'yes' | 'no' | 'abstain' | 'absent') => ({
	name,
	party,
	person: name.toLowerCase().replace(/\s+/gu, '-'),
	vote,
});
const vote = (named: Vote['named'], totals: Partial<Vote> = {}): Vote => ({
	yes: null,
	no: null,
	abstain: null,
	absent: null,
	yesMeans: null,
	noMeans: null,
	named,
	...totals,
});

describe('party positions and agreement in named votes', () => {
	const first = vote([
		voter('Anna Ek', 'S', 'yes'),
		voter('Karin Nord', 'S', 'yes'),
		voter('Per Berg', 'M', 'no'),
		voter('Olle Svensson', 'SD', 'no'),
		voter('Lisa Holm', 'KD', 'abstain'),
	]);
	const second = vote([voter('Anna Ek', 'S', 'no'), voter('Per Berg', 'M', 'no'), voter('Olle Svensson', 'SD', 'yes'), voter('Maja Lind', 'SD', 'no')]);
	it("takes a party's position from most of its members, none on a tie or where all abstain", () => {
		expect(partyPositions(first).map((p) => [p.party, p.position])).toEqual([
			['S', 'yes'],
			['M', 'no'],
			['SD', 'no'],
			['KD', null],
		]);
		expect(partyPositions(second).find((p) => p.party === 'SD')?.position).toBeNull();
	});
	it('counts, per pair of parties, the named votes both took a position in and how many they agreed on', () => {
		const agreement = partyAgreement([meeting('kf', '2024-03-18', '2024-03-18', { items: [item(1, { votes: [first] }), item(2, { votes: [second] })] }).data]);
		expect(agreement.parties).toEqual(['M', 'S', 'SD']);
		expect(agreement.votes).toBe(2);
		expect(pairOf(agreement, 'S', 'M')).toMatchObject({ same: 1, votes: 2 });
		expect(pairOf(agreement, 'M', 'SD')).toMatchObject({ same: 1, votes: 1 });
		expect(pairOf(agreement, 'KD', 'S')).toBeUndefined();
	});
});

describe("a person's proposals, votes and reservations", () => {
	it('lists what the person did with how the majority voted', () => {
		const acts = personProceedings([
			meeting('kf', '2024-03-18', '2024-03-18', {
				items: [
					item(12, {
						title: 'Motion om badplatser',
						proposals: [{ by: [{ name: 'Olle Svensson', party: 'SD', person: 'olle-svensson' }], text: 'bifall till motionen' }],
						votes: [vote([voter('Olle Svensson', 'SD', 'no'), voter('Anna Ek', 'S', 'yes')], { yes: 4, no: 2 })],
						reservations: [{ name: 'Olle Svensson', party: 'SD', person: 'olle-svensson', inFavourOf: 'eget yrkande' }],
					}),
				],
			}),
		]).get('olle-svensson');
		expect(acts?.map((act) => [act.kind, act.text, act.vote, act.majority])).toEqual([
			['proposal', 'bifall till motionen', null, null],
			['vote', null, 'no', 'yes'],
			['reservation', 'eget yrkande', null, null],
		]);
	});
	it('takes the majority from the totals, else from the named votes', () => {
		expect(voteMajority(vote([voter('A B', 'S', 'no')], { yes: 30, no: 20 }))).toBe('yes');
		expect(voteMajority(vote([voter('A B', 'S', 'no'), voter('C D', 'M', 'no'), voter('E F', 'M', 'yes')]))).toBe('no');
	});
});
