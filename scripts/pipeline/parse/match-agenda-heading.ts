/** Whether a line on its own opens an agenda list ("Ärenden", "Dagordning", "Föredragningslista", "Agenda"). */
export function matchAgendaHeading(text: string): boolean {
	return /^\s*(?:ärenden|ärendelista|dagordning|föredragningslista|agenda|förslag till dagordning|program)\s*:?\s*$/iu.test(text);
}
