/** How many words of context a text directive takes on each side of the match. */
const contextWords = 3;

/** At most this many matches of an excerpt are highlighted. */
const maxDirectives = 3;

/** Percent-encodes a text directive's part, including the `-`, `,` and `&` that the directive syntax reserves. */
function encodePart(text: string): string {
	return encodeURIComponent(text).replace(/-/g, '%2D');
}

function plain(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#0?39;/g, "'")
		.replace(/\s+/g, ' ');
}

/**
 * A result's link that highlights the query's words on arrival without any script on the meeting page: a URL
 * text fragment (`#punkt-3:~:text=…`), which browsers highlight and scroll to themselves. The first directive
 * takes the words around the first match in Pagefind's excerpt as context, so the browser goes to that
 * occurrence (inside the item) rather than to the same word in the agenda; the other query words are
 * highlighted wherever they first occur. Where a browser has no text fragments, the link still opens the item.
 */
export function highlightUrl(url: string, query: string, excerpt = '', title = '', hiddenMarker = ''): string {
	const hash = url.indexOf('#');
	const [path, fragment] = hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash + 1).split(':~:')[0] ?? ''];
	const [base = '', search = ''] = path.split('?');
	const params = new URLSearchParams(search);
	params.delete('highlight');
	const text = params.toString();
	const page = `${base}${text ? `?${text}` : ''}`;
	// Matches in hidden index terms (after their marker) are not on the page for the browser to find.
	const visible = hiddenMarker && excerpt.includes(hiddenMarker) ? excerpt.slice(0, excerpt.indexOf(hiddenMarker)) : excerpt;
	const heading = plain(title).trim().toLocaleLowerCase('sv');
	const directives: string[] = [];
	for (const marked of visible.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
		if (directives.length === maxDirectives) break;
		// Punctuation Pagefind includes in a mark belongs to what follows it.
		const [, match = '', trailing = ''] = /^(.*?)([.!?:;,]*)$/su.exec(plain(marked[1] ?? '').trim()) ?? [];
		// Context stays within the sentence: Pagefind joins headings and paragraphs with ". ", and a text
		// directive's context cannot reach across such a boundary on the page.
		const before = (
			plain(visible.slice(0, marked.index))
				.split(/[.!?:;]\s/)
				.at(-1) ?? ''
		)
			.trim()
			.split(' ')
			.filter(Boolean)
			.slice(-contextWords)
			.join(' ');
		const rest = `${trailing}${plain(visible.slice(marked.index + marked[0].length))}`;
		const after = (rest.split(/[.!?:;](?:\s|$)/)[0] ?? '').trim().split(' ').filter(Boolean).slice(0, contextWords).join(' ');
		const sentence = `${before} ${match} ${after}`.trim().toLocaleLowerCase('sv');
		// The item's title is also in the agenda at the top of the page, where the browser would go instead.
		if (!match || heading?.includes(sentence)) continue;
		directives.push(`text=${before ? `${encodePart(before)}-,` : ''}${encodePart(match)}${after ? `,-${encodePart(after.replace(/^,\s*/, ''))}` : ''}`);
	}
	// Without context a word alone could send the browser to the agenda: with no usable match, open the item.
	if (directives.length === 0 && !excerpt && !title) {
		for (const word of query.replace(/["”“]/g, ' ').split(/\s+/)) if (word !== '') directives.push(`text=${encodePart(word)}`);
	}
	const target = fragment || directives.length ? `#${fragment}` : '';
	return `${page}${target}${directives.length ? `:~:${directives.join('&')}` : ''}`;
}
