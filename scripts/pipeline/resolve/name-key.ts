/** Normalises a name for comparison: NFC, single spaces, case folded (the site matches names the same way). */
export function nameKey(name: string): string {
	return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
}
