import type { ConvertedArchive } from '../convert-archive.ts';

/** A plain-text report for staff: per minutes file what was understood, then every problem with file and line. */
export function textReport(converted: ConvertedArchive, contentLabel: string): string {
	const lines: string[] = [];
	const problemsBySource = new Map<string, typeof converted.problems>();
	for (const problem of converted.problems) problemsBySource.set(problem.source, [...(problemsBySource.get(problem.source) ?? []), problem]);
	for (const { meeting, parsed, format } of converted.meetings) {
		const present = meeting.attendees.filter((attendee) => attendee.status === 'present').length;
		const absent = meeting.attendees.length - present;
		lines.push(`${contentLabel}/${meeting.source}  (${format})`);
		lines.push(`  page      ${meeting.url}`);
		lines.push(`  title     ${meeting.title}`);
		lines.push(
			`  date      ${meeting.date ?? 'MISSING'}${meeting.endDate ? ` – ${meeting.endDate}` : ''}${meeting.provenance.date ? ` (from ${meeting.provenance.date})` : ''}`,
		);
		if (meeting.startTime) lines.push(`  time      ${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ''}`);
		if (meeting.location) lines.push(`  place     ${meeting.location}`);
		lines.push(`  people    ${present} present, ${absent} absent`);
		lines.push(`  items     ${meeting.items.length}`);
		for (const item of meeting.items) {
			const extra = [
				item.caseNumbers.join(', '),
				item.topics.length ? `topics: ${item.topics.join(', ')}` : '',
				item.decisions.length ? `${item.decisions.length} decision(s)` : '',
			]
				.filter(Boolean)
				.join('; ');
			lines.push(`    ${item.number ?? '–'}. ${item.title}${extra ? `  [${extra}]` : ''}`);
		}
		if (parsed.removed.length)
			lines.push(`  removed   ${parsed.removed.length} lines of page furniture (${[...new Set(parsed.removed.map((removal) => removal.reason))].join(', ')})`);
		for (const problem of problemsBySource.get(meeting.source) ?? [])
			lines.push(`  ${problem.severity.padEnd(7)} line ${problem.line ?? '–'}: ${problem.message}`);
		problemsBySource.delete(meeting.source);
		lines.push('');
	}
	for (const [source, problems] of problemsBySource) {
		lines.push(`${contentLabel}/${source}`);
		for (const problem of problems) lines.push(`  ${problem.severity.padEnd(7)} line ${problem.line ?? '–'}: ${problem.message}`);
		lines.push('');
	}
	for (const suggestion of converted.topicSuggestions) lines.push(suggestion.message, '');
	const errors = converted.problems.filter((problem) => problem.severity === 'error').length;
	const warnings = converted.problems.length - errors;
	lines.push(
		`${converted.meetings.length} minutes files, ${converted.people.length} people, ${converted.topics.length} topics; ${errors} error(s), ${warnings} warning(s).`,
	);
	return lines.join('\n');
}
