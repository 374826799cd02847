import type { Appearance } from '../schema/derived.ts';
import { type AttendanceCounts, attendanceCounts } from './attendance-counts.ts';

/** Groups a person's appearances by body (in the order first met, appearances newest first) with attendance counts per body. */
export function appearancesByBody(appearances: readonly Appearance[]): { body: string; appearances: Appearance[]; counts: AttendanceCounts }[] {
	const byBody = new Map<string, Appearance[]>();
	for (const appearance of appearances) {
		const list = byBody.get(appearance.body);
		if (list) list.push(appearance);
		else byBody.set(appearance.body, [appearance]);
	}
	return [...byBody].map(([body, list]) => ({ body, appearances: list, counts: attendanceCounts(list) }));
}
