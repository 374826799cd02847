import { slugify } from '../../scripts/pipeline/slugify.ts';

/** Makes a URL-safe slug from Swedish text exactly as the converter does (`KS 2018/124` → `ks-2018-124`, `MP` → `mp`). */
export function slug(text: string): string {
	return slugify(text);
}
