/**
 * A result's link with the query's words as `highlight` parameters (before the `#punkt-3`), for Pagefind's highlight
 * script on the meeting page. The words are kept as typed: Pagefind's own `highlightParam` passes them with å, ä and ö
 * folded, which the page text does not contain.
 */
export function highlightUrl(url: string, query: string): string {
	const hash = url.indexOf('#');
	const [path, fragment] = hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
	const [base = '', search = ''] = path.split('?');
	const params = new URLSearchParams(search);
	params.delete('highlight');
	for (const word of query.replace(/["”“]/g, ' ').split(/\s+/)) if (word !== '') params.append('highlight', word);
	const text = params.toString();
	return `${base}${text ? `?${text}` : ''}${fragment}`;
}
