import { normalizeCaseNumber } from '../../scripts/pipeline/resolve/normalize-case-number.ts';
import { slug } from './slug.ts';

/** The id of a case's page for a case number as written, by the converter's own rule (`Dnr KS 2018/124` → `ks-2018-124`). */
export function caseId(number: string): string {
	return normalizeCaseNumber(number)?.id ?? slug(number.replace(/^dnr\s*/i, ''));
}
