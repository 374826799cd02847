/** Serialises JSON-LD for a `<script type="application/ld+json">`: `<`, `>`, `&` and line separators are escaped as `\uXXXX`, so no text can close the script. */
export function jsonLd(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
