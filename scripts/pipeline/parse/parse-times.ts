/** A clock time or time range written in the text (`kl. 13:30-16:30`, `klockan 14:00`, `Klockan: 9.00–11.30`). */
export interface TimeMention {
	index: number;
	length: number;
	start: string;
	end: string | null;
}

const time = String.raw`(\d{1,2})(?:[.:](\d{2}))?`;
// "kl. 13:00 16:00": a range whose dash a transcript dropped (both times with their minutes)
const labelled = new RegExp(
	String.raw`\b(?:kl\.?|klockan|tid)\s*:?\s*${time}(?:\s*(?:[-–—]|till)\s*(?:kl\.?\s*)?${time}|\s+(\d{1,2})[.:](\d{2}))?(?![\d:]|\.\d)`,
	'giu',
);
const bareRange = /(?<![\d.:/-])(\d{1,2})[.:](\d{2})\s*[-–—]\s*(\d{1,2})[.:](\d{2})(?![\d:]|\.\d)/gu;

function hhmm(h: string | undefined, m: string | undefined): string | null {
	if (h === undefined) return null;
	const hour = Number(h);
	const minute = m === undefined ? 0 : Number(m);
	if (hour > 24 || minute > 59) return null;
	return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Find clock times and ranges introduced by "kl.", "klockan" or "Tid", and bare ranges like "13.00–15.30", in order. */
export function parseTimes(text: string): TimeMention[] {
	const found: TimeMention[] = [];
	for (const m of text.matchAll(labelled)) {
		const start = hhmm(m[1], m[2]);
		if (!start) continue;
		// a bare hour needs "kl"/"klockan" in front ("tid 3" is not a time)
		if (m[2] === undefined && /^tid/iu.test(m[0])) continue;
		const undashed = m[5] === undefined ? null : hhmm(m[5], m[6]);
		const end = m[3] !== undefined ? hhmm(m[3], m[4]) : m[2] !== undefined && undashed !== null && undashed > start ? undashed : null;
		found.push({ index: m.index, length: m[0].length, start, end });
	}
	for (const m of text.matchAll(bareRange)) {
		if (found.some((f) => m.index >= f.index && m.index < f.index + f.length)) continue;
		const start = hhmm(m[1], m[2]);
		const end = hhmm(m[3], m[4]);
		if (start && end) found.push({ index: m.index, length: m[0].length, start, end });
	}
	return found.sort((a, b) => a.index - b.index);
}
