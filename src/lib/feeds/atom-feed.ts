import { xmlEscape } from './xml-escape.ts';

/** One Atom entry. */
export interface AtomEntry {
	/** Permanent id (the meeting page's absolute URL). */
	id: string;
	title: string;
	/** Absolute URL of the page the entry is about. */
	link: string;
	/** RFC 3339 date-time. */
	updated: string;
	summary: string;
	/** HTML content, escaped into a `type="html"` element. */
	contentHtml: string;
	categories: { term: string; label: string }[];
}

/** An Atom 1.0 feed. */
export interface AtomFeed {
	/** Absolute URL of the feed itself (also its id). */
	self: string;
	/** Absolute URL of the HTML page the feed belongs to. */
	alternate: string;
	title: string;
	subtitle: string;
	language: string;
	author: { name: string; email?: string; uri?: string };
	/** The licence of the feed's content (`<rights>`), or `undefined`. */
	rights?: string;
	/** RFC 3339 date-time of the newest entry (a fixed date for an empty feed, never the build time). */
	updated: string;
	entries: AtomEntry[];
}

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${xmlEscape(text)}</${name}>`;

/** Writes an Atom 1.0 (RFC 4287) document; the same input always gives the same bytes. */
export function atomFeed(feed: AtomFeed): string {
	const author = [
		element('name', feed.author.name),
		feed.author.email ? element('email', feed.author.email) : '',
		feed.author.uri ? element('uri', feed.author.uri) : '',
	].join('');
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.language)}">`,
		`\t${element('id', feed.self)}`,
		`\t${element('title', feed.title)}`,
		`\t${element('subtitle', feed.subtitle)}`,
		`\t<link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
		`\t<link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>`,
		`\t${element('updated', feed.updated)}`,
		`\t<author>${author}</author>`,
		...(feed.rights ? [`\t${element('rights', feed.rights)}`] : []),
	];
	for (const entry of feed.entries) {
		lines.push(
			'\t<entry>',
			`\t\t${element('id', entry.id)}`,
			`\t\t${element('title', entry.title)}`,
			`\t\t<link rel="alternate" type="text/html" href="${xmlEscape(entry.link)}"/>`,
			`\t\t${element('published', entry.updated)}`,
			`\t\t${element('updated', entry.updated)}`,
			...entry.categories.map((c) => `\t\t<category term="${xmlEscape(c.term)}" label="${xmlEscape(c.label)}"/>`),
			`\t\t${element('summary', entry.summary)}`,
			`\t\t${element('content', entry.contentHtml, ' type="html"')}`,
			'\t</entry>',
		);
	}
	lines.push('</feed>');
	return `${lines.join('\n')}\n`;
}
