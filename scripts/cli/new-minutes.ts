/**
 * Command-line entry of `npm run new -- <body> <date> [slug]`: creates `content/minutes/<body>/<date>[-slug].txt`
 * with a short template of the conventions the parser reads, and a sidecar `<same stem>.yml` that lists every
 * sidecar field as a comment. Checks the body against `archive.yml` and the date, and never overwrites a file.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Body } from '../../src/schema/archive.ts';
import { archiveSchema } from '../../src/schema/archive.ts';
import type { Sidecar } from '../../src/schema/sidecar.ts';
import { minutesExtensions } from '../pipeline/extract/extract-text.ts';
import { loadYaml } from '../pipeline/load/load-yaml.ts';
import { slugify } from '../pipeline/slugify.ts';
import { contentDir } from './content-dir.ts';
import { isCommandLineEntry } from './is-command-line-entry.ts';

const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** Every sidecar field with its Swedish explanation and an example value (a `Record` over the schema's keys, so none is forgotten). */
export const sidecarFieldHelp: Record<keyof Sidecar, { help: string; example: string }> = {
	date: { help: 'Mötesdatum: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM / ÅÅÅÅ när bara månaden eller året är känt. Skriv det inom citattecken.', example: '"2024-03-15"' },
	endDate: { help: 'Sista dagen för ett möte som pågick flera dagar (samma format som date).', example: '"2024-03-16"' },
	startTime: { help: 'Starttid TT:MM, inom citattecken.', example: '"13:00"' },
	endTime: { help: 'Sluttid TT:MM, inom citattecken.', example: '"15:00"' },
	title: { help: 'Mötets rubrik, när rubriken i texten saknas eller är fel.', example: 'Extra möte om budgeten' },
	location: { help: 'Mötesplatsen, när den saknas i texten eller är fel.', example: 'Regionens hus, Halmstad' },
	slug: {
		help: 'Sista delen av sidans adress (/organ/<organ>/<slug>/); annars används filnamnet. Små bokstäver, siffror och bindestreck. Ändra den inte efter publicering: gamla länkar slutar då fungera.',
		example: '2024-03-15-extra',
	},
	publication: {
		help: 'published (standard), draft (visas med en notis om att protokollet är ett utkast) eller withdrawn (sidan ersätts av en notis om att protokollet har dragits tillbaka).',
		example: 'withdrawn',
	},
	publicationNote: {
		help: 'Text som visas i notisen: vad som saknas i utkastet, eller varför protokollet drogs tillbaka.',
		example: 'Protokollet innehöll felaktiga uppgifter och har dragits tillbaka. En rättad version publiceras.',
	},
};

/** Whether `date` is a real `YYYY-MM-DD`, `YYYY-MM` or `YYYY` date. */
export function isPartialDate(date: string): boolean {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), match[2] ? Number(match[2]) : 1, match[3] ? Number(match[3]) : 1];
	const parsed = new Date(Date.UTC(year, month - 1, day));
	return year >= 1900 && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/** The text of a new minutes file: the layout the parser reads (title, "Plats och tid", attendance sections, numbered items). */
export function minutesTemplate(body: Body, date: string): string {
	const [year, month, day] = date.split('-');
	const when = day ? `den ${Number(day)} ${months[Number(month) - 1]} ${year}, ` : '';
	return `${body.name}
Minnesanteckningar

Plats och tid: Regionens hus, Halmstad, ${when}kl. 13.00–15.00

Närvarande
Förnamn Efternamn (S), ordförande
Förnamn Efternamn (M)
Förnamn Efternamn (Kommundirektör, Exempels kommun)

Förhinder
Förnamn Efternamn (C)

1. Mötets öppnande

Ordföranden hälsade välkommen och öppnade mötet.

2. Rubrik på nästa punkt

Skriv vad som sades. Lämna en tom rad mellan stycken.

Beslut
Forumet beslutar att ställa sig bakom förslaget.

3. Mötets avslutande

Ordföranden tackade för mötet.
`;
}

/** The sidecar of a new minutes file: every field as a commented line with its explanation; `date` set when the file name cannot carry it. */
export function sidecarTemplate(fileName: string, date: string): string {
	const lines = [
		`# Uppgifter om ${fileName} som saknas i texten eller är fel där. De går före det som läses ur texten.`,
		'# Ta bort "# " framför ett fält för att använda det. Filen kan tas bort om inget fält behövs.',
	];
	for (const [field, { help, example }] of Object.entries(sidecarFieldHelp)) {
		lines.push('', `# ${help}`);
		if (field === 'date' && date.length < 10) lines.push(`date: "${date}"`);
		else lines.push(`# ${field}: ${example}`);
	}
	return `${lines.join('\n')}\n`;
}

/** Creates the minutes file and its sidecar; returns the paths written, or throws an `Error` whose message is meant for staff. */
export async function newMinutes(root: string, bodyId: string, date: string, slug?: string): Promise<string[]> {
	const archiveText = await readFile(path.join(root, 'archive.yml'), 'utf8').catch(() => {
		throw new Error(`Hittar inte ${path.join(root, 'archive.yml')}. Kör kommandot i arkivets mapp eller sätt ARCHIVE_CONTENT_DIR.`);
	});
	const archive = loadYaml(archiveText, archiveSchema);
	if (!archive.value) throw new Error(`archive.yml har fel: ${archive.problems.map((problem) => `rad ${problem.line ?? '–'}: ${problem.message}`).join('; ')}`);
	const body = archive.value.bodies.find((candidate) => candidate.id === bodyId);
	if (!body) throw new Error(`"${bodyId}" är inget organ i archive.yml. Välj ett av: ${archive.value.bodies.map((candidate) => candidate.id).join(', ')}.`);
	if (!isPartialDate(date)) throw new Error(`"${date}" är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ (till exempel 2024-03-15).`);
	const suffix = slug === undefined ? '' : slugify(slug);
	if (slug !== undefined && suffix === '') throw new Error(`"${slug}" ger inget användbart namn. Använd bokstäver, siffror och bindestreck.`);
	const stem = suffix ? `${date}-${suffix}` : date;
	const folder = path.join(root, 'minutes', body.id);
	const existing = await readdir(folder).catch(() => [] as string[]);
	const taken = existing.filter((name) => [...minutesExtensions, '.yml', '.yaml'].some((extension) => name.toLowerCase() === `${stem}${extension}`));
	if (taken.length > 0)
		throw new Error(
			`Det finns redan ${taken.map((name) => path.join('minutes', body.id, name)).join(' och ')}. Inget skrevs över; välj ett annat namn (till exempel npm run new -- ${body.id} ${date} extra).`,
		);
	await mkdir(folder, { recursive: true });
	const minutesFile = path.join(folder, `${stem}.txt`);
	const sidecarFile = path.join(folder, `${stem}.yml`);
	await writeFile(minutesFile, minutesTemplate(body, date), { flag: 'wx' });
	await writeFile(sidecarFile, sidecarTemplate(`${stem}.txt`, date), { flag: 'wx' });
	return [minutesFile, sidecarFile];
}

if (isCommandLineEntry(import.meta.url)) {
	const [bodyId, date, slug, ...extra] = process.argv.slice(2);
	if (!bodyId || !date || extra.length > 0) {
		console.error('Användning: npm run new -- <organ> <datum> [namn]\nTill exempel: npm run new -- halland-krf 2024-03-15');
		process.exit(2);
	}
	try {
		const written = await newMinutes(contentDir(), bodyId, date, slug);
		for (const file of written) console.log(`Skapade ${path.relative(process.cwd(), file)}`);
		console.log(
			'\nKlistra in protokollets text i .txt-filen (ersätt mallen), fyll i sidecarn vid behov och kontrollera med npm run check:content. Förhandsgranska med npm run dev.',
		);
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
