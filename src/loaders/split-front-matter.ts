/** An MDX file cut into its front matter and its body. */
export interface FrontMatterSplit {
	/** The front matter as written (JSON, which is also YAML), without the `---` fences. */
	frontMatter: string;
	/** Everything after the closing fence. */
	body: string;
	/** How many lines come before the body, to add to the body's line numbers in messages. */
	bodyLineOffset: number;
}

const fenced = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Cuts an MDX file into its `---` fenced front matter and its body (an empty front matter when it has none). */
export function splitFrontMatter(text: string): FrontMatterSplit {
	const match = fenced.exec(text);
	if (!match) return { frontMatter: '', body: text, bodyLineOffset: 0 };
	const head = match[0];
	return { frontMatter: match[1] ?? '', body: text.slice(head.length), bodyLineOffset: head.split('\n').length - 1 };
}
