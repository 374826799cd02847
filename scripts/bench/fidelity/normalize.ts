import { normalizeCaseNumber } from '../../pipeline/resolve/normalize-case-number.ts';

/** Folds text for comparison: NFC, case folded, dashes unified, white space collapsed, trailing punctuation dropped. */
export function fold(text: string | null): string {
	if (text === null) return '';
	return text
		.normalize('NFC')
		.toLocaleLowerCase('sv')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/\s*-\s*/g, '-')
		.replace(/\s+/g, ' ')
		.replace(/^[\s"'”“,.:;]+|[\s"'”“,.:;]+$/g, '')
		.trim();
}

/** Folds a name: as `fold`, hyphens and spaces count alike ("Anna-Karin" = "Anna Karin"), and a name written surname first with a comma is the same name ("Sandberg, Henrik" = "Henrik Sandberg"). */
export function foldName(name: string): string {
	const inverted = /^([^,]+),\s*([^,]+)$/u.exec(name.trim());
	return fold(inverted ? `${inverted[2]} ${inverted[1]}` : name).replace(/[-\s]+/g, ' ');
}

/** Folds partial presence: no white space at all, `§§` as `§`, `p` and `punkt` alike. */
export function foldPresence(presence: string | null): string {
	return fold(presence)
		.replace(/§§/g, '§')
		.replace(/\bpunkt(?:erna)?\b|\bp\./g, 'p')
		.replace(/\s+/g, '');
}

const roleSynonyms: Record<string, string> = {
	'förste vice ordförande': '1:e vice ordförande',
	'första vice ordförande': '1:e vice ordförande',
	'andre vice ordförande': '2:e vice ordförande',
	'andra vice ordförande': '2:e vice ordförande',
	mötesordförande: 'ordförande',
	ordf: 'ordförande',
	protokollförare: 'sekreterare',
	mötessekreterare: 'sekreterare',
	justerande: 'justerare',
	protokolljusterare: 'justerare',
};

/** A set of roles in canonical spelling, sorted, as one comparable string. */
export function foldRoles(roles: readonly string[]): string {
	const canonical = roles.map((role) => {
		const folded = fold(role).replace(/\.$/, '');
		return roleSynonyms[folded] ?? folded;
	});
	return [...new Set(canonical)].sort().join('|');
}

/** Folds a case number to its URL id, so `Dnr KS 2018/124` = `KS 2018/124` = `KS2018/124`. */
export function foldCaseNumber(written: string): string {
	return normalizeCaseNumber(written)?.id ?? fold(written);
}

/** The words of a title, folded, for overlap comparison. */
export function titleWords(title: string): string[] {
	return fold(title)
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.split(/\s+/)
		.filter(Boolean);
}
