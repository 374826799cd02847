/** A licence of the open data: its SPDX id, its name and where its text is. */
export interface License {
	id: string;
	title: string;
	url: string;
}

/** Licences open data is usually published under, by SPDX id; any other SPDX id links to its page at spdx.org. */
const known: Record<string, { title: string; url: string }> = {
	'CC0-1.0': { title: 'Creative Commons Zero v1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
	'CC-BY-4.0': { title: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' },
	'CC-BY-SA-4.0': { title: 'Creative Commons Attribution Share Alike 4.0 International', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
	'ODC-By-1.0': { title: 'Open Data Commons Attribution License v1.0', url: 'https://opendatacommons.org/licenses/by/1-0/' },
	'ODbL-1.0': { title: 'Open Data Commons Open Database License v1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
	'PDDL-1.0': { title: 'Open Data Commons Public Domain Dedication & License 1.0', url: 'https://opendatacommons.org/licenses/pddl/1-0/' },
};

/** The licence an SPDX id in `archive.yml` stands for, or `null` when the archive names none. */
export function licenseOf(id: string | null | undefined): License | null {
	if (!id) return null;
	return { id, ...(known[id] ?? { title: id, url: `https://spdx.org/licenses/${id}.html` }) };
}
