import { createHash } from 'node:crypto';
import { type Archive, archiveSchema, type Body } from '../../src/schema/archive.ts';
import type { Case, Person, Topic } from '../../src/schema/derived.ts';
import type { Item, Meeting } from '../../src/schema/meeting.ts';
import { type RedactionRule, redactionsSchema } from '../../src/schema/redactions.ts';
import { type PeopleRegistry, peopleRegistrySchema, type TopicsRegistry, topicsRegistrySchema } from '../../src/schema/registries.ts';
import { type Sidecar, sidecarSchema } from '../../src/schema/sidecar.ts';
import { buildMeeting } from './build/build-meeting.ts';
import { buildPeople } from './build/build-people.ts';
import { buildCases, buildTopics } from './build/build-topics.ts';
import type { ConvertMemo, ReadResult } from './cache/convert-memo.ts';
import { emitMdx } from './emit/emit-mdx.ts';
import { extractText, minutesExtensions } from './extract/extract-text.ts';
import { compareVersions } from './history/compare-versions.ts';
import type { FileHistory } from './history/parse-git-log.ts';
import { loadYaml } from './load/load-yaml.ts';
import { parseMinutes } from './parse-minutes.ts';
import { readProceedings } from './proceedings/read-proceedings.ts';
import { redactMinutes } from './redact/redact-minutes.ts';
import { redactText } from './redact/redact-text.ts';
import { assignTopics } from './resolve/assign-topics.ts';
import { blockTexts } from './resolve/block-texts.ts';
import { findMentions } from './resolve/find-mentions.ts';
import { findRecurringTitles } from './resolve/find-recurring-titles.ts';
import { linkProceedings } from './resolve/link-proceedings.ts';
import { matchTopics } from './resolve/match-topics.ts';
import { recognizeDecisions } from './resolve/recognize-decisions.ts';
import { type PersonMention, resolvePeople } from './resolve/resolve-people.ts';
import { suggestTopics, type TopicSuggestion } from './resolve/suggest-topics.ts';
import { slugify } from './slugify.ts';
import type { Block, LocalProblem, ParsedMinutes, Problem } from './types.ts';

/** A file of the content folder: its path relative to that folder (with `/`) and its bytes. */
export interface SourceFile {
	path: string;
	bytes: Uint8Array;
}

/** One converted meeting. */
export interface ConvertedMeeting {
	/** `<body>/<slug>`: the id of the entry in the `meetings` collection and the path of its MDX file without `.mdx`. */
	id: string;
	meeting: Meeting;
	mdx: string;
	/** What the parser understood, for the report. */
	parsed: ParsedMinutes;
	/** How the text was read (`utf-8`, `windows-1252`, `docx`, …). */
	format: string;
}

/** Everything the converter produces from a content folder. */
export interface ConvertedArchive {
	archive: Archive | null;
	meetings: ConvertedMeeting[];
	people: Person[];
	topics: Topic[];
	cases: Case[];
	/** Recurring agenda titles that no curated topic covers, to add to content/topics.yml. */
	topicSuggestions: TopicSuggestion[];
	problems: Problem[];
}

/** Settings of a conversion that do not come from the content folder. */
export interface ConvertOptions {
	/** Today's date (`YYYY-MM-DD`) for per-body publication limits. */
	today: string;
	/** Reuses per-file read results and per-meeting MDX of earlier runs (scripts/pipeline/cache/); results are the same without it. */
	memo?: ConvertMemo;
	/** When each file (by its path under the content folder) was first and last committed, if the content is in git. */
	history?: ReadonlyMap<string, FileHistory>;
	/** The path of a content file in its git repository, for history links. */
	repositoryPath?: (path: string) => string;
	/** The first committed version of each minutes file changed since (by its path under the content folder), to say what changed. */
	firstVersions?: ReadonlyMap<string, Uint8Array>;
	/** Told how far the conversion is: files read of all minutes files, then meetings written of all meetings. */
	onProgress?: (stage: 'read' | 'emit', done: number, total: number) => void;
}

const sidecarExtensions = ['.yml', '.yaml'];

/** Converts a whole content folder (given as files) into meetings, MDX and page data. Pure: no file system. */
export async function convertArchive(files: readonly SourceFile[], options: ConvertOptions): Promise<ConvertedArchive> {
	const problems: Problem[] = [];
	const report = (source: string, list: readonly LocalProblem[]) => {
		for (const problem of list) problems.push({ source, ...problem });
	};
	const byPath = new Map(files.map((file) => [file.path, file]));
	const text = (file: SourceFile) => new TextDecoder().decode(file.bytes);

	const archiveFile = byPath.get('archive.yml');
	let archive: Archive | null = null;
	if (!archiveFile) {
		problems.push({
			source: 'archive.yml',
			line: null,
			severity: 'error',
			message: 'archive.yml is missing. Create content/archive.yml with the site title, base URL and bodies (see README).',
		});
	} else {
		const loaded = loadYaml(text(archiveFile), archiveSchema);
		report('archive.yml', loaded.problems);
		archive = loaded.value;
	}
	const registry = loadOptional<PeopleRegistry>(byPath.get('people.yml'), peopleRegistrySchema, { people: [] }, report, text);
	const topicsRegistry = loadOptional<TopicsRegistry>(byPath.get('topics.yml'), topicsRegistrySchema, { topics: [] }, report, text);
	const redactionRules = loadOptional<RedactionRule[]>(byPath.get('redactions.yml'), redactionsSchema, [], report, text);
	if (!archive) return { archive, meetings: [], people: [], topics: [], cases: [], topicSuggestions: [], problems };
	for (const [field, file] of [
		['theme.logo.src', archive.theme.logo?.src],
		['theme.favicon', archive.theme.favicon],
	] as const) {
		if (file && !byPath.has(file)) {
			problems.push({
				source: 'archive.yml',
				line: null,
				severity: 'error',
				message: `${field}: there is no file content/${file}. Put the file under content/ (for example content/tema/${file.split('/').at(-1)}) and give its path from there.`,
			});
		}
	}
	if (archive.license === undefined) {
		problems.push({
			source: 'archive.yml',
			line: null,
			severity: 'warning',
			message:
				'archive.yml names no licence for the open data, so nobody can know whether they may reuse it. Add "license: CC0-1.0" (or another SPDX id, such as CC-BY-4.0) to content/archive.yml.',
		});
	}

	const privateNames = new Set(
		registry.people
			.filter((person) => person.private)
			.flatMap((person) => [person.name, ...person.aliases])
			.map((name) => name.toLocaleLowerCase('sv')),
	);
	const isPrivate = (name: string) => privateNames.has(name.toLocaleLowerCase('sv'));
	const bodies = new Map(archive.bodies.map((body) => [body.id, body]));
	const minutes: { file: SourceFile; body: Body; stem: string; name: string }[] = [];
	const sidecars = new Map<string, SourceFile>();
	for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
		if (!file.path.startsWith('minutes/')) continue;
		const parts = file.path.split('/');
		const name = parts.at(-1) as string;
		if (name.startsWith('.') || /^readme(\.\w+)?$/i.test(name)) continue;
		if (parts.length < 3) {
			problems.push({
				source: file.path,
				line: null,
				severity: 'error',
				message: 'Minutes must be in a body folder: move the file to content/minutes/<body-id>/.',
			});
			continue;
		}
		const body = bodies.get(parts[1] as string);
		if (!body) {
			problems.push({
				source: file.path,
				line: null,
				severity: 'error',
				message: `The folder "${parts[1]}" is not a body in archive.yml. Add a body with id "${parts[1]}" to content/archive.yml, or move the file to one of: ${[...bodies.keys()].join(', ')}.`,
			});
			continue;
		}
		const extension = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
		if (sidecarExtensions.includes(extension)) {
			sidecars.set(file.path.slice(0, -extension.length), file);
			continue;
		}
		minutes.push({ file, body, stem: name.slice(0, name.length - extension.length), name });
	}

	const usedSidecars = new Set<string>();
	const drafts: { id: string; meeting: Meeting; parsed: ParsedMinutes; format: string; blocks: Map<string, readonly Block[]> }[] = [];
	const slugs = new Map<string, string>();
	let readCount = 0;
	for (const { file, body, stem, name } of minutes) {
		options.onProgress?.('read', readCount++, minutes.length);
		const folder = file.path.slice(0, file.path.length - name.length);
		const sidecarFile = sidecars.get(folder + stem) ?? sidecars.get(file.path);
		let sidecar: Sidecar = {};
		if (sidecarFile) {
			usedSidecars.add(sidecarFile.path);
			const loaded = loadYaml(text(sidecarFile), sidecarSchema);
			report(sidecarFile.path, loaded.problems);
			if (!loaded.value) continue;
			sidecar = loaded.value;
		}
		// Reading a file: extract its text, redact it (so pages, search, feeds and data all get the redacted
		// text), parse it and find its decisions. The result depends only on the file, the code and the
		// archive's redaction settings, so it can come from the conversion cache.
		const readFile = async (bytes = file.bytes): Promise<ReadResult> => {
			const extracted = await extractText(name, bytes);
			if (extracted.text === null) return { format: extracted.format, problems: extracted.problems, parsed: null };
			const redacted = redactMinutes(extracted.text, { rules: redactionRules, identityNumbers: archive.personalData.identityNumbers });
			const redactionProblems: LocalProblem[] = redacted.hits.map((hit) => ({
				line: hit.line,
				severity: 'warning',
				code: 'redacted',
				message: `Text was removed by content/redactions.yml (${hit.reason}); the original file is not published.`,
			}));
			if (redacted.problems.some((problem) => problem.severity === 'error')) {
				return { format: extracted.format, problems: [...extracted.problems, ...redacted.problems], parsed: null, redacted: true, redactionProblems };
			}
			const parsed = parseMinutes(redacted.text, { fileName: name, headings: extracted.headings });
			const proceedings = parsed.items.map((item) => readProceedings(item, parsed.attendees));
			return {
				format: extracted.format,
				problems: [...extracted.problems, ...redacted.problems, ...proceedings.flatMap((reading) => reading.problems)],
				parsed,
				decisions: parsed.items.map((item) => recognizeDecisions(item.blocks)),
				proceedings: proceedings.map((reading) => reading.proceedings),
				redacted: redacted.redacted,
				redactionProblems,
			};
		};
		const read = options.memo ? await options.memo.read(file, name, () => readFile()) : await readFile();
		report(file.path, read.problems);
		report(file.path, read.redactionProblems ?? []);
		const parsed = read.parsed;
		if (parsed === null) continue;
		for (const field of ['title', 'location', 'publicationNote'] as const) {
			const value = sidecar[field];
			if (value) sidecar = { ...sidecar, [field]: redactText(value, redactionRules).text };
		}
		// What the sidecar states settles what the parser could not.
		report(
			file.path,
			sidecar.date ? parsed.problems.filter((problem) => problem.code !== 'date-missing' && problem.code !== 'year-inferred') : parsed.problems,
		);
		if (parsed.items.length === 0 && parsed.attendees.length === 0 && parsed.preamble.length === 0) {
			problems.push({
				source: file.path,
				line: null,
				severity: 'error',
				message: 'No text of minutes was found in the file. Check that it is the right file and that it is not empty.',
			});
			continue;
		}
		const slug = sidecar.slug ?? (slugify(stem) || 'mote');
		const id = `${body.id}/${slug}`;
		const duplicate = slugs.get(id);
		if (duplicate) {
			problems.push({
				source: file.path,
				line: null,
				severity: 'error',
				message: `Two minutes files would get the same page ${id}: ${duplicate} and ${file.path}. Rename one of them or set a different \`slug:\` in its sidecar.`,
			});
			continue;
		}
		slugs.set(id, file.path);
		const meeting = buildMeeting(parsed, {
			source: file.path,
			sourceSha256: createHash('sha256').update(file.bytes).digest('hex'),
			body,
			slug,
			sidecar,
		});
		meeting.originalWithheld = read.redacted ?? false;
		const fileHistory = options.history?.get(file.path);
		const sidecarHistory = sidecarFile ? options.history?.get(sidecarFile.path) : undefined;
		meeting.sourceAdded = fileHistory?.added ?? null;
		meeting.sourceChanged =
			[fileHistory?.changed, sidecarHistory?.changed]
				.filter((date): date is string => Boolean(date))
				.sort()
				.at(-1) ?? null;
		meeting.historyUrl =
			archive.repository && fileHistory
				? archive.repository.historyUrl.replace('{path}', (options.repositoryPath ?? ((path: string) => path))(file.path))
				: null;
		const firstVersion = options.firstVersions?.get(file.path);
		if (fileHistory && firstVersion && !sameBytes(firstVersion, file.bytes)) {
			const first = (await readFile(firstVersion)).parsed;
			if (first) meeting.corrections = compareVersions(first, parsed, fileHistory.added, isPrivate);
		}
		if (body.publishYears && meeting.date && isExpired(meeting.date, body.publishYears, options.today)) continue;
		const blocks = new Map<string, readonly Block[]>();
		const anchors = new Set<string>();
		meeting.items = parsed.items.map((item, index): Item => {
			let anchor = item.label !== null ? `punkt-${slugify(item.label)}` : item.number !== null ? `punkt-${item.number}` : `punkt-${slugify(item.title) || 'x'}`;
			while (anchors.has(anchor)) anchor += '-b';
			anchors.add(anchor);
			blocks.set(anchor, item.blocks);
			return {
				number: item.number,
				label: item.label,
				title: item.title,
				anchor,
				day: item.day,
				caseNumbers: item.caseNumbers,
				topics: [],
				participants: item.participants.map((participant) => ({ ...participant, person: null })),
				mentions: [],
				decisions: read.decisions?.[index] ?? recognizeDecisions(item.blocks),
				...(read.proceedings?.[index] ?? readProceedings(item, parsed.attendees).proceedings),
				excerpt: excerptOf(item.blocks),
			};
		});
		drafts.push({ id, meeting, parsed, format: read.format, blocks });
	}
	for (const [key, file] of sidecars) {
		if (!usedSidecars.has(file.path)) {
			problems.push({
				source: file.path,
				line: null,
				severity: 'error',
				message: `This sidecar belongs to no minutes file (expected ${key}.txt or another supported extension: ${minutesExtensions.join(', ')}). Rename it to match its minutes file, or remove it.`,
			});
		}
	}

	// Identity: every attendee and item participant of every meeting, resolved together.
	const mentions: PersonMention[] = [];
	// Person id for each mention, in the same order; `null` for a person the registry keeps private.
	const assign: ((id: string | null) => void)[] = [];
	for (const { id, meeting } of drafts) {
		// a list that was not understood, or a name that is no person's, makes no person page
		const suspect = new Set(meeting.reading.attendance.suspect);
		for (const attendee of meeting.attendees) {
			if (meeting.reading.attendance.level !== 'sure' || suspect.has(attendee.name)) continue;
			mentions.push({
				meeting: id,
				body: meeting.body,
				date: meeting.date,
				name: attendee.name,
				party: attendee.party,
				organization: attendee.organization,
				title: attendee.title,
				group: attendee.group,
				source: meeting.source,
				line: attendee.line,
				kind: 'attendee',
			});
			assign.push((personId) => (attendee.person = personId));
		}
		for (const item of meeting.items) {
			for (const participant of item.participants) {
				mentions.push({
					meeting: id,
					body: meeting.body,
					date: meeting.date,
					name: participant.name,
					party: null,
					organization: participant.organization,
					title: participant.title,
					group: 'other',
					source: meeting.source,
					kind: 'participant',
				});
				assign.push((personId) => (participant.person = personId));
			}
		}
	}
	const peopleFile = byPath.get('people.yml');
	const identity = resolvePeople(mentions, registry, { registryText: peopleFile ? text(peopleFile) : undefined });
	problems.push(...identity.problems);
	const privateIds = new Set(identity.people.filter((person) => person.private).map((person) => person.id));
	identity.ids.forEach((personId, index) => {
		assign[index]?.(privateIds.has(personId) ? null : personId);
	});
	for (const { meeting } of drafts) meeting.items = meeting.items.map((item) => linkProceedings(item, meeting.attendees));
	const publicPeople = identity.people.filter((person) => !person.private);

	const matchers = matchTopics(topicsRegistry.topics);
	for (const { meeting, blocks } of drafts) {
		for (const item of meeting.items) {
			const itemBlocks = blocks.get(item.anchor) ?? [];
			item.mentions = findMentions(itemBlocks, publicPeople);
			item.topics = assignTopics({ title: item.title, blocks: itemBlocks }, matchers);
		}
	}
	const recurring = findRecurringTitles(
		drafts
			.filter(({ meeting }) => meeting.publication !== 'withdrawn')
			.sort((a, b) => (a.meeting.date ?? '').localeCompare(b.meeting.date ?? '') || a.id.localeCompare(b.id))
			.map(({ id, meeting }) => ({ id, items: meeting.items })),
		{ reservedIds: topicsRegistry.topics.map((topic) => topic.id) },
	);
	const draftsById = new Map(drafts.map((draft) => [draft.id, draft]));
	for (const topic of recurring) {
		for (const ref of topic.items)
			draftsById
				.get(ref.meeting)
				?.meeting.items.find((item) => item.anchor === ref.anchor)
				?.topics.push(topic.id);
	}

	const meetings: ConvertedMeeting[] = [];
	for (const [index, { id, meeting, parsed, format, blocks }] of drafts.entries()) {
		options.onProgress?.('emit', index, drafts.length);
		const itemBodies = meeting.items.map((item) => ({ item, blocks: blocks.get(item.anchor) ?? [] }));
		const emit = () => emitMdx(meeting, parsed.preamble, itemBodies);
		const emitted = options.memo ? await options.memo.emit([meeting, parsed.preamble, itemBodies], emit) : emit();
		for (const message of emitted.problems)
			problems.push({
				source: meeting.source,
				line: null,
				severity: 'error',
				message: `The page could not be written safely: ${message}. Report this as a bug with the file attached.`,
			});
		if (emitted.problems.length === 0) meetings.push({ id, meeting, mdx: emitted.mdx, parsed, format });
	}
	const published = new Map(meetings.filter(({ meeting }) => meeting.publication !== 'withdrawn').map(({ id, meeting }) => [id, meeting]));
	return {
		archive,
		meetings,
		people: buildPeople(published, publicPeople),
		topics: buildTopics(published, topicsRegistry.topics, recurring),
		topicSuggestions: suggestTopics(recurring),
		cases: buildCases(published, (body) => archive.bodies.find((b) => b.id === body)?.organization ?? null),
		problems,
	};
}

function loadOptional<T>(
	file: SourceFile | undefined,
	schema: Parameters<typeof loadYaml<T>>[1],
	fallback: T,
	report: (source: string, list: readonly LocalProblem[]) => void,
	text: (file: SourceFile) => string,
): T {
	if (!file) return fallback;
	const loaded = loadYaml(text(file), schema);
	report(file.path, loaded.problems);
	return loaded.value ?? fallback;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function isExpired(date: string, years: number, today: string): boolean {
	const year = Number(date.slice(0, 4));
	return `${year + years}${date.slice(4)}` < today.slice(0, date.length);
}

function excerptOf(blocks: readonly Block[]): string {
	const text = blockTexts(blocks)
		.filter((piece) => piece.kind !== 'heading')
		.map((piece) => piece.text)
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (text.length <= 240) return text;
	const cut = text.slice(0, 240);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 200))} …`;
}
