const particles = new Set(['von', 'van', 'af', 'de', 'der', 'den', 'du', 'la', 'le', 'di', 'da', 'del', 'dos', 'bin', 'al', 'el', 'ter', 'zu']);

/** Whether a text looks like a person's name: two to six capitalised words (particles such as "von" and initials allowed), no digits. */
export function isNameLike(text: string): boolean {
	const words = text
		.trim()
		.split(/\s+/u)
		.filter((w) => w !== '');
	if (words.length < 2 || words.length > 6) return false;
	let capitalised = 0;
	for (const w of words) {
		if (/\d/u.test(w)) return false;
		if (particles.has(w)) continue;
		if (!/^\p{Lu}[\p{L}'’´`.]*(?:-\p{Lu}?[\p{L}'’.]*)*$/u.test(w)) return false;
		capitalised++;
	}
	return capitalised >= 2;
}
