import type { TableName } from './table-schemas.ts';
import type { CsvRow } from './to-csv.ts';
import type { ArchiveDocument } from './types.ts';

/** The rows of every CSV table, made from `archive.json` in one pass over its events so the two never disagree. */
export function tableRows(doc: ArchiveDocument): Record<TableName, CsvRow[]> {
	const bodyNames = new Map(doc.organizations.map((o) => [o.id, o.name]));
	const tables: Record<TableName, CsvRow[]> = {
		meetings: [],
		attendance: [],
		items: [],
		decisions: [],
		'vote-events': [],
		votes: [],
		proposals: [],
		reservations: [],
		conflicts: [],
	};
	const votesById = new Map(doc.vote_events.map((vote) => [vote.id, vote]));
	for (const event of doc.events) {
		const meeting = { meeting_id: event.id, meeting_date: event.start_date, body: event.organization_id };
		tables.meetings.push({
			id: event.id,
			body: event.organization_id,
			body_name: bodyNames.get(event.organization_id) ?? event.organization_id,
			title: event.name,
			document_type: event.document_type,
			date: event.start_date,
			end_date: event.end_date,
			start_time: event.start_time,
			end_time: event.end_time,
			location: event.location,
			publication: event.publication,
			url: event.url,
			source_url: event.source.url,
			source_sha256: event.source.sha256,
			source_added: event.source.added,
			source_changed: event.source.changed,
			present_count: event.attendance.filter((a) => a.status === 'present').length,
			absent_count: event.attendance.filter((a) => a.status === 'absent').length,
			item_count: event.agenda_items.length,
			decision_count: event.agenda_items.reduce((n, item) => n + item.decisions.length, 0),
		});
		event.attendance.forEach((a, i) => {
			tables.attendance.push({
				...meeting,
				position: i + 1,
				name: a.name,
				person_id: a.person_id,
				party: a.party,
				organization: a.organization,
				title: a.title,
				roles: a.roles.join('; '),
				group: a.group,
				status: a.status,
				presence: a.presence,
				section: a.section,
			});
		});
		for (const item of event.agenda_items) {
			tables.items.push({
				...meeting,
				anchor: item.anchor,
				number: item.number,
				title: item.title,
				day: item.day,
				case_numbers: item.case_numbers.join('; '),
				topics: item.topic_ids.join('; '),
				decision_count: item.decisions.length,
				resolution: item.resolution && [item.resolution.text, ...item.resolution.clauses].filter((line) => line !== null).join('\n'),
				acclamation: item.resolution && String(item.resolution.acclamation),
				adopted: item.propositions.flatMap((p) => (p.adopted ? [p.adopted] : [])).join('; '),
				recipients: item.recipients.join('; '),
				url: item.url,
				excerpt: item.excerpt,
			});
			item.decisions.forEach((d, i) => {
				tables.decisions.push({ meeting_id: event.id, item_anchor: item.anchor, position: i + 1, meeting_date: event.start_date, kind: d.kind, text: d.text });
			});
			const at = { meeting_id: event.id, item_anchor: item.anchor, meeting_date: event.start_date };
			for (const id of item.vote_event_ids) {
				const vote = votesById.get(id);
				if (!vote) continue;
				const counted = (option: string) => vote.counts.find((c) => c.option === option)?.value ?? null;
				tables['vote-events'].push({
					id,
					...at,
					body: event.organization_id,
					yes: counted('yes'),
					no: counted('no'),
					abstain: counted('abstain'),
					absent: counted('absent'),
					yes_means: vote.yes_means,
					no_means: vote.no_means,
					named_count: vote.votes.length,
				});
				for (const voter of vote.votes)
					tables.votes.push({ vote_event_id: id, ...at, name: voter.name, person_id: voter.voter_id, party: voter.party, vote: voter.option });
			}
			item.proposals.forEach((proposal, i) => {
				tables.proposals.push({
					...at,
					position: i + 1,
					proposers: proposal.by.map((p) => p.name).join('; '),
					person_ids: proposal.by.map((p) => p.person_id ?? '').join('; '),
					parties: proposal.by.map((p) => p.party ?? '').join('; '),
					text: proposal.text,
				});
			});
			for (const r of item.reservations)
				tables.reservations.push({ ...at, name: r.name, person_id: r.person_id, party: r.party, in_favour_of: r.in_favour_of });
			for (const c of item.conflicts) tables.conflicts.push({ ...at, name: c.name, person_id: c.person_id, party: c.party });
		}
	}
	return tables;
}
