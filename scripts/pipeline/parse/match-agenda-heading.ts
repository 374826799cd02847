/**
 * Whether a line on its own opens an agenda list ("Ärenden", "Dagordning", "Föredragningslista", "Agenda") or a
 * protokoll's table of contents ("Innehållsförteckning", "Förteckning över ärenden"), which lists the items the same way.
 */
export function matchAgendaHeading(text: string): boolean {
	return /^\s*(?:ärenden|ärendelista|ärendeförteckning|dagordning|föredragningslista|agenda|förslag till dagordning|program|innehållsförteckning|förteckning över (?:\p{L}+\s+)?ärenden(?:\s+\p{L}+)?)\s*:?\s*$/iu.test(
		text,
	);
}
