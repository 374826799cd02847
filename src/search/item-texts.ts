/** The opening tag of an item in the generated MDX: `<Item anchor="punkt-3" title="…" number="3">`. */
const itemTag = /<Item\s+([^>]*?)>/g;

/** Decodes the few entities the MDX emitter writes in attribute values. */
function attribute(attributes: string, name: string): string {
	const value = new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';
	return value
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** The title and text of every item of a generated meeting MDX body, by anchor, with tags and Markdown marks removed. */
export function itemTexts(mdx: string): Map<string, string> {
	const texts = new Map<string, string>();
	const tags = [...mdx.matchAll(itemTag)];
	tags.forEach((tag, i) => {
		const start = (tag.index ?? 0) + tag[0].length;
		const end = i + 1 < tags.length ? (tags[i + 1]?.index ?? mdx.length) : mdx.length;
		const body = mdx
			.slice(start, end)
			.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
			.replace(/[*_#>`\\]/g, ' ');
		texts.set(attribute(tag[1] ?? '', 'anchor'), `${attribute(tag[1] ?? '', 'title')}\n${body.replace(/\s+/g, ' ').trim()}`);
	});
	return texts;
}
