import { buildConfig } from '../build-config.ts';
import { indexTerms } from '../search/index-terms.ts';
import { itemTexts } from '../search/item-texts.ts';
import { archiveIndex } from './archive-index.ts';
import { meetingPageKey } from './meeting-page-key.ts';
import { searchLexicon } from './search-lexicon.ts';

/**
 * The meeting pages for `getStaticPaths`: each meeting's `<body>/<slug>`, its entry and the hidden search words of its
 * items (the parts of its Swedish compounds, so "hemsjukvård" finds "Hemsjukvårdsöverenskommelsen";
 * `ARCHIVE_SEARCH_COMPOUNDS=0` leaves them out), with a cache key for Astro's incremental build.
 */
export async function meetingPaths() {
	const index = await archiveIndex();
	const lexicon = buildConfig.searchCompounds ? await searchLexicon() : null;
	return index.allMeetings.map((entry) => {
		const [, , body, slug] = entry.data.url.split('/');
		const searchTerms: [string, string[]][] =
			lexicon && entry.data.publication !== 'withdrawn' ? [...itemTexts(entry.body ?? '')].map(([anchor, text]) => [anchor, indexTerms(text, lexicon)]) : [];
		return { params: { body, slug }, props: { entry, searchTerms }, cacheKey: meetingPageKey(entry, index, searchTerms) };
	});
}
