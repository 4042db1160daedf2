/**
 * The one interface both search engines implement (ADR 006): the embedded
 * engine on SQLite FTS5 in the app's own database (the default) and the
 * Meilisearch engine (when MEILISEARCH_URL is set). The conformance suite
 * (test/search-conformance.ts) runs the same cases against both.
 */
import type { AppDatabase } from "#db/client";
import type { OrganisationCategory, OrganisationKind } from "#app/domain/directory";
import type { OpeningHours } from "#app/domain/opening-hours";
import type { Category, QuestionKind } from "#app/domain/questions";
import { SEARCH_TYPES, type SearchType } from "#app/domain/search-types";

/**
 * What search finds (app/domain/search-types.ts, ADR 021). A query searches
 * every type unless it names some (`types`), or uses a filter only one type
 * has (`searchedTypes`).
 */
export { SEARCH_TYPES, type SearchType };

/**
 * What is indexed for one question: one result per question, its answers'
 * text included (the accepted answer first), so a question is found through
 * words only its answers contain. Deleted or hidden posts are never indexed.
 */
export type QuestionDocument = {
  /** Optional for questions: documents written before listings were searchable have none. */
  type?: "question";
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

/**
 * What is indexed for one listing. Its searchable fields line up with a
 * question's, so both engines rank them by the same rules: the name is the
 * title; the other name, the kind's and category's labels and the services
 * are the tags; the description is the body.
 */
export type OrganisationDocument = {
  type: "organisation";
  /** The organisation's id (its document key is minus it: see `documentKey`). */
  id: number;
  slug: string;
  /** The name. */
  title: string;
  /** The other name, the labels of its kind and category (French), then its services. */
  tags: string[];
  /** The description, Markdown stripped. */
  body: string;
  kind: OrganisationKind;
  category: OrganisationCategory;
  claimed: boolean;
  partner: boolean;
  /** True when the point below is the commune's centre (the premises are not public). */
  approximate: boolean;
  /** Null when unknown; « ouvert maintenant » is computed from them at query time. */
  openingHours: OpeningHours | null;
  placeId: number;
  placeCode: string;
  placeName: string;
  placeSlug: string;
  /** The point a visitor may know: the premises when public, else the commune's centre. */
  lat: number;
  lng: number;
  /** Seconds since the epoch. */
  createdAt: number;
};

export type SearchDocument = QuestionDocument | OrganisationDocument;

/**
 * One number per document across types, for the index's own keys (the
 * embedded engine's rows, the Meilisearch outbox): a question's id, or minus
 * a listing's id.
 */
export function documentKey(document: Pick<SearchDocument, "type" | "id">): number {
  return document.type === "organisation" ? -document.id : document.id;
}
export const organisationKey = (organisationId: number) => -organisationId;
/** The type and id a document key stands for. */
export function keyTarget(key: number): { type: SearchType; id: number } {
  return key < 0 ? { type: "organisation", id: -key } : { type: "question", id: key };
}

export type SearchSort = "relevance" | "distance" | "recent";

export type SearchQuery = {
  /** What the reader typed; may be empty (then every document matching the filters). */
  text: string;
  /** A point and a radius: only documents within `radiusKm` of `near`. */
  near?: { lat: number; lng: number; radiusKm: number } | null;
  /** The types searched; absent or empty: every type (see `searchedTypes`). */
  types?: SearchType[];
  /** Questions' filters: any of them leaves listings out. */
  kind?: QuestionKind[];
  category?: Category[];
  tags?: string[];
  solved?: boolean | null;
  /** Listings' filters: any of them leaves questions out. */
  organisationKind?: OrganisationKind[];
  organisationCategory?: OrganisationCategory[];
  /** Only listings open at this instant (« ouvert maintenant »), from their opening hours. */
  openAt?: Date | null;
  sort?: SearchSort;
  /** 1-based. */
  page?: number;
  /** Hits per page, 1–50. */
  limit?: number;
};

export type QuestionHit = {
  type: "question";
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

export type OrganisationHit = {
  type: "organisation";
  id: number;
  slug: string;
  /** The name. */
  title: string;
  kind: OrganisationKind;
  category: OrganisationCategory;
  claimed: boolean;
  partner: boolean;
  /** True when the place and distance are the commune's centre's. */
  approximate: boolean;
  openingHours: OpeningHours | null;
  place: { id: number; code: string; name: string; slug: string };
  /** Kilometres from `near`, rounded to 0.1, or null without `near`. */
  distanceKm: number | null;
  createdAt: number;
  /** The name with matched words wrapped in <mark> (HTML-escaped otherwise). */
  highlightedTitle: string;
  /** About 30 words of the description around the match, with <mark>. */
  snippet: string;
};

export type SearchHit = QuestionHit | OrganisationHit;

export type FacetCounts = {
  /** Results by type (only the types searched, only non-zero counts). */
  type: Partial<Record<SearchType, number>>;
  /** Questions' facets: listings are not counted in them. */
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
  /** Removes documents by key (`documentKey`: a question's id, minus a listing's id). */
  remove(keys: number[]): Promise<void>;
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
  /** Listings created, edited, imported or deleted, in the transaction that changed them. */
  organisationsChanged(db: AppDatabase, organisationIds: number[]): void;
}

/** Whether a query names a filter only questions have. */
function hasQuestionFilter(query: SearchQuery) {
  return Boolean(
    query.kind?.length ||
      query.category?.length ||
      query.tags?.length ||
      query.solved === true ||
      query.solved === false,
  );
}

/** Whether a query names a filter only listings have. */
function hasOrganisationFilter(query: SearchQuery) {
  return Boolean(
    query.organisationKind?.length || query.organisationCategory?.length || query.openAt,
  );
}

/**
 * The types a query searches, in SEARCH_TYPES order: those it names (all
 * when none), less those a filter of another type rules out (`solved`
 * means questions; `openAt` means listings). Empty: nothing can match.
 */
export function searchedTypes(query: SearchQuery): SearchType[] {
  const named = query.types?.length ? query.types : SEARCH_TYPES;
  return SEARCH_TYPES.filter(
    (type) =>
      named.includes(type) &&
      !(type === "organisation" && hasQuestionFilter(query)) &&
      !(type === "question" && hasOrganisationFilter(query)),
  );
}
