import type { Decision } from '../../../src/schema/meeting.ts';
import type { Block } from '../types.ts';
import { blockTexts } from './block-texts.ts';
import { swedishMonthPattern } from './month-number.ts';
import { splitSentences } from './split-sentences.ts';

/** How sentences are recognised. */
export interface RecognizeDecisionsOptions {
	/** A sentence needs at least this many words. Default 2 (`Frågan återkommer.`). */
	minWords?: number;
}

/** One rule: a pattern for a sentence, and whether the sentence must also name a date. */
interface Rule {
	kind: Decision['kind'];
	pattern: RegExp;
	/** The sentence must name a day and month, a month and year, or an ISO date. */
	needsDate?: boolean;
	/** The matched verb must not be negated or inside a subordinate clause (`som KRF antog`, `även om de godkände`). */
	mainClause?: boolean;
}

const w = "[\\p{L}\\p{N}:’'-]+";
/** Up to `n` words in between. */
const gap = (n: number) => `(?:\\s+${w}){0,${n}}?`;
const b = '(?<![\\p{L}\\p{N}])';
const e = '(?![\\p{L}\\p{N}])';
const rx = (source: string) => new RegExp(source, 'iu');

const meetingNoun = `\\S*(?:möte|mötet|möten|mötena|mötesdatum|sammanträde|sammanträdet|sammanträden|sammanträdena)`;
const date = rx(
	`${b}(?:\\d{1,2}(?::[ae])?(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:${swedishMonthPattern})${e}|(?:${swedishMonthPattern})\\s+(?:19|20)\\d{2}${e}|(?:19|20)\\d{2}-\\d{2}-\\d{2}${e}|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\\s+(?:den\\s+)?\\d{1,2}${e})`,
);

/** Rules in the order they are tried; the first that matches gives the kind. */
const rules: readonly Rule[] = [
	// Announced meetings: "Kommande möten är 29 augusti och 24 oktober", "… inbjuden till mötet den 4 september".
	{
		kind: 'meeting',
		needsDate: true,
		pattern: rx(
			`${b}(?:kommande|nästa|nästkommande|följande)\\s+(?:${w}\\s+)?${meetingNoun}${e}.*${b}(?:är|blir|hålls|äger\\s+rum|planeras|sker|infaller|bokas)${e}`,
		),
	},
	{
		kind: 'meeting',
		needsDate: true,
		pattern: rx(
			`${b}(?:inbjuden|inbjudna|inbjudas|inbjuds|bjuds\\s+in|bjudits\\s+in|bjöds\\s+in|bjudas\\s+in|kallas|kallats)\\s+till\\s+(?:mötet|nästa\\s+möte|kommande\\s+möte|sammanträdet|nästa\\s+sammanträde)${e}`,
		),
	},
	{
		kind: 'meeting',
		needsDate: true,
		pattern: rx(`${b}(?:datum|datumet|datumen|mötesdatum|mötesdatumen|mötestider)\\s+(?:för|till)${e}.*${b}(?:blir|är|bestämdes|fastställdes|bokades)${e}`),
	},
	{ kind: 'meeting', needsDate: true, pattern: rx(`${b}(?:blir|hålls|äger\\s+rum)\\s+(?:det\\s+)?(?:ett|en|nästa)\\s+${meetingNoun}${e}`) },
	{ kind: 'meeting', needsDate: true, pattern: rx(`${b}(?:nästa|kommande)\\s+${meetingNoun}\\s+(?:blir|är|hålls|äger\\s+rum)${e}`) },

	// Assignments: "CGH fick i uppdrag att …", "… uppdras att …", "… får i uppgift att …", "… tar med sig detta uppdrag".
	{ kind: 'assignment', mainClause: true, pattern: rx(`${b}(?:fick|får|fått|ges|gavs|getts|erhöll|erhåller)${gap(6)}\\s+i\\s+(?:uppdrag|uppgift)${e}`) },
	{ kind: 'assignment', mainClause: true, pattern: rx(`${b}(?:gav|ger)${gap(6)}\\s+i\\s+(?:uppdrag|uppgift)\\s+(?:att|åt)${e}`) },
	{ kind: 'assignment', mainClause: true, pattern: rx(`${b}(?:uppdras|uppdrogs|uppdrar|uppdrog)${gap(6)}\\s+att${e}`) },
	{ kind: 'assignment', mainClause: true, pattern: rx(`${b}(?:uppmanas|uppmanades|ombeds|ombads|åläggs|ålades|anmodas)${e}`) },
	{ kind: 'assignment', mainClause: true, pattern: rx(`${b}(?:tar|tog)\\s+med\\s+sig${gap(2)}\\s+(?:uppdrag|uppdraget|uppgiften)${e}`) },

	// Decisions: "KRF beslutade att …", "… utsågs till …", "… godkände …", "KRF rekommenderar …", "Förslaget tillstyrks".
	{ kind: 'decision', pattern: /^\s*(?:beslut|ställningstagande)\s*:/iu },
	{
		kind: 'decision',
		mainClause: true,
		pattern: rx(`${b}(?:beslutar|beslutade|beslöt|beslutades|beslutats)${gap(2)}\\s*(?:att|om|enligt|i\\s+enlighet|:)${e}`),
	},
	{
		kind: 'decision',
		mainClause: true,
		pattern: rx(`${b}(?:fattade|fattades|fattat|fattats)${gap(2)}\\s+(?:beslut|beslutet)${e}|${b}(?:beslut|beslutet)\\s+(?:fattades|togs|fattats)${e}`),
	},
	{ kind: 'decision', mainClause: true, pattern: rx(`${b}(?:utsågs|utses|utsåg|utsetts|valdes|omvaldes|nyvaldes)${e}`) },
	{
		kind: 'decision',
		mainClause: true,
		pattern: rx(`${b}(?:antog|antogs|antagits|godkände|godkändes|godkänner|godkänns|godkänts|fastställde|fastställdes|fastställer|fastställs|fastställts)${e}`),
	},
	{
		kind: 'decision',
		mainClause: true,
		pattern: rx(
			`${b}(?:rekommenderar|rekommenderade|tillstyrker|tillstyrkte|tillstyrks|tillstyrktes|avstyrker|avstyrkte|avstyrks|avslår|avslog|avslogs|bifaller|biföll|bifölls|beviljade|beviljades)${e}`,
		),
	},
	{
		kind: 'decision',
		mainClause: true,
		pattern: rx(
			`${b}(?:enades|enas|kom\\s+överens)\\s+om${e}|${b}(?:ställde|ställer)\\s+sig\\s+bakom${e}|${b}uttalade\\s+sig\\s+(?:positivt|negativt|för|emot)${e}|${b}(?:tog|tar)\\s+ställning\\s+(?:för|till|emot)${e}`,
		),
	},

	// Follow-ups: "Frågan återkommer …", "… kommer tillbaka till KRF för beslut", "Frågan tas med till nästa …".
	{ kind: 'followup', pattern: rx(`${b}(?:återkommer|återkomma|återkom)${e}`) },
	{ kind: 'followup', pattern: rx(`${b}(?:kommer|kom)\\s+tillbaka\\s+till${e}`) },
	{
		kind: 'followup',
		pattern: rx(`${b}tas\\s+(?:med|upp)${gap(2)}\\s+(?:till|vid|på|igen|inför)\\s+(?:nästa|kommande|nästkommande|ett\\s+kommande|igen|${w}\\s+möte)`),
	},
	{ kind: 'followup', pattern: rx(`${b}tas\\s+upp\\s+igen${e}|${b}(?:bordläggs|bordlades)${e}`) },
	{ kind: 'followup', pattern: rx(`${b}(?:tar|tog)\\s+med\\s+sig${e}`) },
	{ kind: 'followup', pattern: rx(`${b}(?:återrapporteras|återrapporterar|återrapportering|följs\\s+upp|bereds\\s+(?:vidare\\s+)?(?:av|i|inför))${e}`) },
	{ kind: 'followup', pattern: rx(`${b}(?:vid|till|på|inför)\\s+(?:nästa|nästkommande|kommande)\\s+(?:${w}\\s+)?(?:${meetingNoun}|forum|tillfälle)${e}`) },
	{
		kind: 'followup',
		needsDate: true,
		pattern: rx(`${b}(?:kommer|ska)${gap(8)}\\s+(?:att\\s+)?(?:diskuteras|behandlas|tas\\s+upp|beslutas|redovisas|presenteras|uppdateras|avrapporteras)${e}`),
	},
];

const negation = rx(`${b}(?:inte|ej|icke|aldrig|inga|inget|ingen)${e}`);
/** Words that open a subordinate clause: a verb after them is not the forum's own act. */
const subordinator = rx(`${b}(?:som|när|eftersom|innan|ifall|tills|där|vilket|vilka|vad|vem|hur|huruvida)${e}|${b}även\\s+om${e}`);
/** Words that open a subordinate clause when they start it (elsewhere they are prepositions or adverbs). */
const clauseOpener = rx(`^(?:om|då|ifall|medan)${e}`);

/** A section heading under which every sentence is a decision. */
const decisionSection = /^\s*(?:beslut|beslutades|ställningstagande|ställningstaganden)\s*:?\s*$/iu;

/** Whether the verb that starts at `index` is in a main clause and not negated (`fick inte i uppdrag`, `som KRF antog`). */
function inMainClause(sentence: string, index: number): boolean {
	const before =
		sentence
			.slice(0, index)
			.split(/[,;:–—()]|\s(?:och|men|samt|sedan)\s/u)
			.at(-1) ?? '';
	const lastWords = before.trim().split(/\s+/).slice(-3).join(' ');
	if (subordinator.test(lastWords) || clauseOpener.test(before.trim())) return false;
	if (negation.test(lastWords.split(/\s+/).slice(-2).join(' '))) return false;
	const nextWord = sentence.slice(index).split(/\s+/)[1] ?? '';
	return !negation.test(nextWord);
}

const globals = new Map<RegExp, RegExp>();
/** The rule's pattern with the `g` flag, compiled once (`matchAll` needs it; compiling per sentence was a hot spot). */
function globalPattern(pattern: RegExp): RegExp {
	let global = globals.get(pattern);
	if (!global) {
		global = new RegExp(pattern.source, 'giu');
		globals.set(pattern, global);
	}
	global.lastIndex = 0;
	return global;
}

/**
 * Word parts of which every rule needs at least one (each rule's pattern contains one of these, in lower case). Most sentences
 * contain none of them and skip the two dozen Unicode-aware patterns, which were a tenth of a conversion's time.
 */
const cue =
	/kommande|nästa|följande|bjud|bjöd|kalla|datum|mötestid|blir|hålls|äger|uppdr|uppgift|uppman|ombe|omba|åläg|ålad|anmod|beslut|beslöt|ställningstag|fatta|utså|utse|vald|anto|antag|godkän|fastställ|rekommender|tillstyr|avstyr|avsl|bifall|biföll|bevilja|enade|enas|överens|bakom|uttalade|ställning|återkom|tillbaka|tas\s|bordl|med\s+sig|återrapport|följs|bereds|diskuteras|behandlas|redovisas|presenteras|uppdateras|avrapporteras/;

/**
 * An assignment told as background: in the perfect ("har fått", "hade getts", "har erhållit") or given by another
 * (`i uppdrag av regeringen`, `… av Näringsdepartementet`). The meeting's own assignments are "fick", "får", "ges", "uppdras".
 */
const reported = rx(
	`${b}(?:har|hade)\\s+(?:${w}\\s+){0,2}?(?:fått|getts|givits|erhållit)\\s+(?:${w}\\s+){0,3}?i\\s+(?:uppdrag|uppgift)${e}|${b}i\\s+uppdrag\\s+av\\s+(?:regeringen|riksdagen|staten|länsstyrelsen|\\S*departementet)${e}`,
);

/** The kind of outcome a sentence records, or `null`. */
function classify(sentence: string, section: string | null): Decision['kind'] | null {
	if (/\?\s*["”’)]?$/u.test(sentence)) return null;
	if (!cue.test(sentence.toLocaleLowerCase('sv'))) return section && decisionSection.test(section) ? 'decision' : null;
	for (const rule of rules) {
		if (rule.needsDate && !date.test(sentence)) continue;
		const global = globalPattern(rule.pattern);
		const matches = [...sentence.matchAll(global)];
		if (matches.length === 0) continue;
		if (rule.mainClause && !matches.some((match) => inMainClause(sentence, match.index ?? 0))) continue;
		// "Trafikverket har fått i uppdrag att …", "… i uppdrag av regeringen": a report of someone else's assignment
		if (rule.kind === 'assignment' && reported.test(sentence)) continue;
		return rule.kind;
	}
	return section && decisionSection.test(section) ? 'decision' : null;
}

/**
 * Finds the sentences of an item that record decisions (`utsågs`, `beslutade att`, `godkände`,
 * `rekommenderar`, `tillstyrks`), assignments (`fick i uppdrag`, `uppdras att`), follow-ups (`återkommer`,
 * `kommer tillbaka till`, `tas med till nästa …`) and announced meetings (`Kommande möten är 29 augusti`),
 * each kept exactly as written. Questions, negated verbs and verbs inside subordinate clauses (`som KRF
 * antog`, `regering som beslutar`) are not outcomes; nor are general statements without a decision verb
 * (`beslut tas sedan på hemmaplan`). Every sentence under a `Beslut` heading is a decision.
 */
export function recognizeDecisions(blocks: readonly Block[], options: RecognizeDecisionsOptions = {}): Decision[] {
	const minWords = options.minWords ?? 2;
	const found: Decision[] = [];
	for (const { text, kind, section } of blockTexts(blocks)) {
		if (kind === 'heading') continue;
		for (const sentence of splitSentences(text)) {
			if (sentence.split(/\s+/).length < minWords) continue;
			const outcome = classify(sentence, section);
			if (outcome && !found.some((decision) => decision.text === sentence)) found.push({ kind: outcome, text: sentence });
		}
	}
	return found;
}
