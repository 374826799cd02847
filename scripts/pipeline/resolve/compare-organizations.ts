/** `same`: the same organisation written differently; `different-kind`: a municipality and a region (a person can sit in both); `different`: two organisations a person would not belong to at once as far as we can tell. */
export type OrganizationComparison = 'same' | 'different-kind' | 'different';

type Kind = 'municipality' | 'region' | 'unknown';

interface Organization {
	kind: Kind;
	/** Ways to write it, lower-case, without `kommun`/`stad`/`Region` (`kungsbacka`, `göteborgsregionen`, `gr`). */
	names: string[];
}

/**
 * Compares two organisations as written: `Kungsbacka kommun` and `Kungsbacka`, `Falkenbergs kommun` and
 * `Falkenberg`, `Region Halland` and `Halland`, `Göteborgsregionen (GR)` and `GR`, `Länsstyrelsen` and
 * `Länsstyrelsen Halland` are the same. A bare name (`Stenungsund`) is of unknown kind, so it counts as
 * different from any other organisation.
 */
export function compareOrganizations(a: string, b: string): OrganizationComparison {
	const x = describe(a);
	const y = describe(b);
	if (x.names.some((name) => y.names.some((other) => sameName(name, other)))) return 'same';
	if (x.kind !== 'unknown' && y.kind !== 'unknown' && x.kind !== y.kind) return 'different-kind';
	return 'different';
}

/** Remembered descriptions: the same few organisations are compared many times. */
const described = new Map<string, Organization>();

function describe(text: string): Organization {
	let organization = described.get(text);
	if (!organization) {
		organization = analyse(text);
		if (described.size > 10_000) described.clear();
		described.set(text, organization);
	}
	return organization;
}

function analyse(text: string): Organization {
	const lower = text.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
	const bracketed = [...lower.matchAll(/\(([^)]*)\)/g)].map((match) => (match[1] as string).trim()).filter((name) => name !== '');
	let main = lower
		.replace(/\([^)]*\)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	let kind: Kind = 'unknown';
	const municipality = /^(.+?)s? (kommun|stad)$/.exec(main);
	if (municipality) {
		kind = 'municipality';
		main = municipality[1] as string;
	} else if (/^region /.test(main)) {
		kind = 'region';
		main = main.slice('region '.length);
	} else if (/regionen$|^landstinget /.test(main)) {
		kind = 'region';
	}
	return { kind, names: [main, ...bracketed].filter((name) => name !== '') };
}

function sameName(x: string, y: string): boolean {
	if (x === y || `${x}s` === y || `${y}s` === x) return true;
	const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
	return longer.startsWith(`${shorter} `);
}
