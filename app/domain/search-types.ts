/**
 * What search finds (ADR 021): questions and directory listings (« fiches »,
 * `organisations`); the next issue adds events and news. Browse-safe: the
 * search engines, the API and the search page share this list.
 */
export const SEARCH_TYPES = ["question", "organisation"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
