import type { RedactionRule } from '../../../src/schema/redactions.ts';

/** The regular expression a rule stands for (global, Unicode). */
export function compileRule(rule: RedactionRule): RegExp {
	const flags = `gu${rule.caseSensitive ? '' : 'i'}`;
	if (rule.regex) return new RegExp(rule.pattern, flags);
	const words = rule.pattern
		.normalize('NFC')
		.trim()
		.split(/\s+/)
		.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
	const before = /^[\p{L}\p{N}]/u.test(rule.pattern.trim()) ? '(?<![\\p{L}\\p{N}])' : '';
	const after = /[\p{L}\p{N}]$/u.test(rule.pattern.trim()) ? '(?![\\p{L}\\p{N}])' : '';
	return new RegExp(`${before}${words.join('\\s+')}${after}`, flags);
}
