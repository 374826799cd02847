import type { Case } from '../schema/derived.ts';
import { caseId } from './case-id.ts';

/** Cases by the items that handled them (`<meeting id>#<anchor>`), built once for the index. */
export function casesByItem(cases: readonly Case[]): Map<string, Case[]> {
	const byItem = new Map<string, Case[]>();
	for (const entry of cases) {
		for (const ref of entry.items) {
			if (ref.anchor === null) continue;
			const key = `${ref.meeting}#${ref.anchor}`;
			byItem.set(key, [...(byItem.get(key) ?? []), entry]);
		}
	}
	return byItem;
}

/** The case page of a case number as an item writes it: the case of that number handled in that item (so of that item's organisation). */
export function itemCase(byItem: ReadonlyMap<string, readonly Case[]>, meeting: string, anchor: string, number: string): Case | undefined {
	const key = caseId(number);
	return byItem.get(`${meeting}#${anchor}`)?.find((entry) => entry.key === key);
}
