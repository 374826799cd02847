/** The Pagefind filters of a meeting page, in the order the search page shows them (the keys of `data-pagefind-filter`). */
export const searchFilters = ['organ', 'år', 'ämne', 'ärende', 'person', 'parti', 'beslutsgång'] as const;

/** One of {@link searchFilters}. */
export type SearchFilter = (typeof searchFilters)[number];
