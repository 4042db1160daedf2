/**
 * The one interface both search engines implement (ADR 006): the embedded
 * engine on SQLite FTS5 in the app's own database (the default) and the
 * Meilisearch engine (when MEILISEARCH_URL is set). The conformance suite
 * (test/search-conformance.ts) runs the same cases against both.
 */
import type { AppDatabase } from "#db/client";
import type { Category, QuestionKind } from "#app/domain/questions";

/**
 * What is indexed for one question: one result per question, its answers'
 * text included (the accepted answer first), so a question is found through
 * words only its answers contain. Deleted or hidden posts are never indexed.
 */
export type SearchDocument = {
  id: number;
  slug: string;
  title: string;
  /** The question's text, Markdown stripped. */
  body: string;
  /** The accepted answer's text (Markdown stripped), or "" when none is accepted. */
  acceptedAnswer: string;
  /** The other live answers' text, best first, joined by blank lines. */
  answers: string;
  tags: string[];
  kind: QuestionKind;
  category: Category;
  solved: boolean;
  score: number;
  answerCount: number;
  placeId: number;
  placeCode: string;
  placeName: string;
  placeSlug: string;
  lat: number;
  lng: number;
  /** Seconds since the epoch. */
  createdAt: number;
};

export type SearchSort = "relevance" | "distance" | "recent";

export type SearchQuery = {
  /** What the reader typed; may be empty (then every document matching the filters). */
  text: string;
  /** A point and a radius: only documents within `radiusKm` of `near`. */
  near?: { lat: number; lng: number; radiusKm: number } | null;
  kind?: QuestionKind[];
  category?: Category[];
  tags?: string[];
  solved?: boolean | null;
  sort?: SearchSort;
  /** 1-based. */
  page?: number;
  /** Hits per page, 1–50. */
  limit?: number;
};

export type SearchHit = {
  id: number;
  slug: string;
  title: string;
  kind: QuestionKind;
  category: Category;
  solved: boolean;
  score: number;
  answerCount: number;
  place: { id: number; code: string; name: string; slug: string };
  /** Kilometres from `near`, rounded to 0.1, or null without `near`. */
  distanceKm: number | null;
  createdAt: number;
  /** The title with matched words wrapped in <mark> (HTML-escaped otherwise). */
  highlightedTitle: string;
  /** About 30 words from the best matching part (the accepted answer preferred), with <mark>. */
  snippet: string;
};

export type FacetCounts = {
  kind: Partial<Record<QuestionKind, number>>;
  category: Partial<Record<Category, number>>;
  solved: { true?: number; false?: number };
};

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  facets: FacetCounts;
  /**
   * True when `total` and the facet counts are estimates (two significant
   * digits), for queries matching too many documents to count them all
   * quickly; absent or false when they are exact.
   */
  totalIsEstimate?: boolean;
};

export interface SearchEngine {
  readonly name: "embedded" | "meilisearch";
  /** Adds or replaces documents (state-based: the document is the whole truth). */
  upsert(documents: SearchDocument[]): Promise<void>;
  /** Removes documents by question id (deleted or hidden questions). */
  remove(ids: number[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Empties the index (the rebuild fills it again). */
  clear(): Promise<void>;
}

/**
 * How model writes keep search in step (ADR 006): called synchronously
 * inside the transaction that changed a question, its tags or its answers,
 * so the change and its trace for search commit (or roll back) together.
 */
export interface SearchWriter {
  questionChanged(db: AppDatabase, questionId: number): void;
}
