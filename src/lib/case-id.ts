import { slug } from './slug.ts';

/** The id of a case's page for a case number as written, as the converter makes it (`Dnr 2019/45` → `2019-45`). */
export function caseId(number: string): string {
	return slug(number.replace(/^dnr\s*/i, ''));
}
