import type { Problem } from '../types.ts';

/** One of two people that may be the same, as cited in the report. */
export interface DuplicateSide {
	/** Current id (the page the person has now). */
	id: string;
	/** Display name. */
	name: string;
	/** Every spelling seen. */
	spellings: readonly string[];
	/** The cited appearance: the name as written there, what it says besides the name, and where. */
	written: string;
	/** Party, title and organisation as written at the cited appearance. */
	details: readonly string[];
	source: string;
	line: number | null;
	/** The person has an entry in `content/people.yml`. */
	registered: boolean;
	/** Parties and organisations seen, to tell namesakes apart in a keep-apart entry. */
	parties: readonly string[];
	organizations: readonly string[];
}

/** Two people the resolver kept apart although they may be one: `variant` names or `namesake`s (the same name). */
export interface ProbableDuplicate {
	kind: 'variant' | 'namesake';
	/** The person seen later; the warning is reported at its appearance. */
	later: DuplicateSide;
	earlier: DuplicateSide;
	/** What speaks for one person (`first names Mattias and Matthias are spellings of the same name`, `same party (S)`). */
	evidence: readonly string[];
	/** Why they were not merged. */
	reason: string;
	/** The name a merged entry would show. */
	mergedName: string;
}

/** Writes the warning for a probable duplicate, with the lines to add to `content/people.yml` to merge or to keep apart. */
export function describeProbableDuplicate(duplicate: ProbableDuplicate): Problem {
	const { later, earlier } = duplicate;
	const cite = (side: DuplicateSide) => `${side.written}${side.details.length ? ` (${side.details.join(', ')})` : ''} in ${side.source}`;
	const head =
		duplicate.kind === 'variant'
			? `${cite(later)} may be ${cite(earlier)}: ${duplicate.evidence.join('; ')}. They are kept apart because ${duplicate.reason}.`
			: `Two people named ${later.name} are kept apart: ${cite(later)} (page ${later.id}) and ${cite(earlier)} (page ${earlier.id}), because ${duplicate.reason}.${duplicate.evidence.length ? ` In common: ${duplicate.evidence.join('; ')}.` : ''}`;
	return {
		source: later.source,
		line: later.line,
		severity: 'warning',
		message: `${head}\n${mergeAdvice(duplicate)}\n${apartAdvice(duplicate)}`,
	};
}

function mergeAdvice({ later, earlier, mergedName, kind }: ProbableDuplicate): string {
	const intro = kind === 'variant' ? 'To merge' : 'If they are one person (for example after a change of job)';
	if (earlier.registered && later.registered) {
		return `${intro}, keep one of the entries ${earlier.id} and ${later.id} in content/people.yml, add the other's name to its \`aliases:\` and delete the other entry.`;
	}
	if (earlier.registered || later.registered) {
		const [kept, other] = earlier.registered ? [earlier, later] : [later, earlier];
		const names = other.spellings.filter((name) => name !== kept.name);
		return names.length
			? `${intro}, add ${names.map(yamlScalar).join(', ')} to \`aliases:\` of ${kept.id} in content/people.yml.`
			: `${intro}, remove the entry that keeps them apart from content/people.yml.`;
	}
	const aliases = unique([...earlier.spellings, ...later.spellings]).filter((name) => name !== mergedName);
	const lines = [`${intro}, add to content/people.yml:`, `  - id: ${earlier.id}`, `    name: ${yamlScalar(mergedName)}`];
	if (aliases.length) lines.push(`    aliases: [${aliases.map(yamlScalar).join(', ')}]`);
	lines.push('    why: <what shows that they are one person>');
	return lines.join('\n');
}

function apartAdvice({ later, earlier, kind }: ProbableDuplicate): string {
	const intro = kind === 'variant' ? 'To keep apart (and silence this warning)' : 'If they are different people (each keeps its page address)';
	const lines: string[] = [];
	const notes: string[] = [];
	for (const [side, other] of [
		[earlier, later],
		[later, earlier],
	] as const) {
		if (side.registered) {
			notes.push(`add ${other.id} to \`notSameAs:\` of ${side.id}`);
			continue;
		}
		lines.push(`  - id: ${side.id}`, `    name: ${yamlScalar(side.name)}`);
		if (kind === 'namesake') {
			if (side.organizations.length) lines.push(`    organizations: [${side.organizations.map((value) => `{ value: ${yamlScalar(value)} }`).join(', ')}]`);
			else if (side.parties.length) lines.push(`    parties: [${side.parties.map((value) => `{ value: ${yamlScalar(value)} }`).join(', ')}]`);
		}
		lines.push(`    notSameAs: [${other.id}]`, '    why: <what shows that they are different people>');
	}
	const parts = [lines.length ? `${intro}, add to content/people.yml:\n${lines.join('\n')}` : ''];
	if (notes.length) parts.push(`${lines.length ? 'and' : `${intro},`} ${notes.join(' and ')} in content/people.yml.`);
	return parts.filter((part) => part !== '').join('\n');
}

function yamlScalar(value: string): string {
	return /^[\p{L}][\p{L}\p{M} .'’-]*$/u.test(value) && !/ $/.test(value) ? value : JSON.stringify(value);
}

function unique(values: readonly string[]): string[] {
	return [...new Set(values)];
}
