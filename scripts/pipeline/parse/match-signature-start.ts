import { isNameLike } from './is-name-like.ts';

const strong = /^\s*(?:antecknat av|antecknad av|antecknades av|antecknare|vid protokollet|vid anteckningarna|justeras|justerat|underskrifter)\b/iu;
const weak = /^\s*(sekreterare|mötessekreterare|protokollförare|ordförande|justerare|justerande)\s*(?:[:\t]\s*(.*))?$/iu;

/** Whether a line opens the closing signature block ("Antecknat av", "Vid protokollet", "Justeras", "Sekreterare"). */
export function matchSignatureStart(text: string): boolean {
	const t = text.trim();
	if (strong.test(t)) return t.split(/\s+/u).length <= 8;
	const m = weak.exec(t);
	return m !== null && (m[2] === undefined || m[2].trim() === '' || isNameLike(m[2]));
}
