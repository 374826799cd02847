/** Whether a listed entry can be a name at all: letters, not a number, a sentence, a mark or a vacancy. */
export function couldBeName(name: string): boolean {
	const words = name.trim().split(/\s+/u);
	return (
		/\p{L}\p{L}/u.test(name) &&
		/^\p{Lu}|^\p{Ll}+$/u.test(name) &&
		words.length <= 7 &&
		!/^(?:vakan[st]|ja|nej|avstår|x)$/iu.test(name.trim()) &&
		!/[.!?]\s+\p{Lu}/u.test(name)
	);
}
