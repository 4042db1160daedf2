/**
 * The Meilisearch engine (ADR 006), chosen when MEILISEARCH_URL is set. It
 * answers the same queries as the embedded engine through Meilisearch's own
 * features; what each part of `SearchQuery` becomes is written next to it.
 *
 * Text normalization: Meilisearch's tokenizer (charabia) already does, on both
 * the indexed text and the query, what our folding does: lowercase, accents
 * removed (NFKD + nonspacing marks), the ligatures œ/æ turned into oe/ae, and
 * apostrophes (' and ’), hyphens and punctuation treated as separators. So
 * `l'école` is indexed as the words `l` + `école` and `cœur` matches `coeur`,
 * with no folded copy of the fields — and the highlight is put on the
 * original text, accents kept. Only the query needs help: the elided article
 * (`l'`, `d'`, `qu'`…) is dropped before sending it (search/text.ts decides
 * what is elided), because with the `last` matching strategy a leading `l`
 * would be the last word given up. Documents keep their `l`, `d`… words:
 * harmless, since queries never contain them. One known difference: German
 * ß stays ß in Meilisearch, where search/text.ts folds it to ss.
 */
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTaskPromise,
  type Index,
  type SearchParams,
  type Settings,
  type Task,
} from "meilisearch";
import { haversineKm } from "#app/domain/geo";
import { isOpenAt } from "#app/domain/opening-hours";
import {
  searchedTypes,
  type FacetCounts,
  type OrganisationDocument,
  type QuestionDocument,
  type SearchDocument,
  type SearchEngine,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from "#search/engine";
import { escapeHtml } from "#search/embedded/highlight";
import { tokenizeWithOffsets } from "#search/text";

export type MeilisearchConfig = {
  url: string;
  apiKey?: string;
  /** The live index (default "questions"). */
  indexName?: string;
  /** How long to wait for one Meilisearch task before giving up (default 60 s). */
  taskTimeoutMs?: number;
};

/** What one question looks like in the Meilisearch index. */
export type MeiliQuestion = Omit<QuestionDocument, "lat" | "lng" | "type"> & {
  /** Older documents have none: questions are filtered as `type != "organisation"`. */
  type?: "question";
  /** 1 when solved: a number, because custom ranking rules sort numbers, not booleans. */
  solvedRank: 0 | 1;
  _geo: { lat: number; lng: number };
};

/**
 * What one listing looks like in the Meilisearch index (ADR 021): its own
 * id (`o12`: the index's ids are one space), its kind and category under
 * their own names (some categories are named like questions'), and the
 * ranking tie-breakers of a question that has neither answer nor vote.
 */
export type MeiliOrganisation = Omit<
  OrganisationDocument,
  "lat" | "lng" | "id" | "kind" | "category"
> & {
  id: string;
  organisationId: number;
  organisationKind: OrganisationDocument["kind"];
  organisationCategory: OrganisationDocument["category"];
  hasHours: boolean;
  solvedRank: 0;
  score: 0;
  _geo: { lat: number; lng: number };
};

export type MeiliDocument = MeiliQuestion | MeiliOrganisation;

/** A document key (`documentKey`) as the index's id: a question's id, or `o` and the listing's id. */
export const meiliId = (key: number): number | string => (key < 0 ? `o${-key}` : key);

/**
 * How many listings with opening hours a « ouvert maintenant » search reads
 * to check their hours (Meilisearch cannot: hours are rules, not values).
 */
export const OPEN_NOW_CANDIDATES = 1000;

const SNIPPET_WORDS = 30;
/** Where the snippet comes from, in order of preference when several matched. */
const SNIPPET_SOURCES = ["acceptedAnswer", "body", "answers"] as const;
/**
 * Placeholder highlight tags from Unicode's private use area: Meilisearch
 * inserts them in raw text, we HTML-escape the text around them, then turn
 * them into <mark>. They are stripped from documents so none is ever real.
 */
const MARK_OPEN = "\uE000";
const MARK_CLOSE = "\uE001";
const PLACEHOLDERS = /[\uE000\uE001]/g;

/**
 * The index settings: applied by `ensureSettings` (only what differs) and by
 * the rebuild on its temporary index.
 */
export const INDEX_SETTINGS = {
  // Order matters for the `attribute` ranking rule: a word in the title counts most.
  searchableAttributes: ["title", "tags", "acceptedAnswer", "body", "answers"],
  filterableAttributes: [
    "_geo",
    "type",
    "kind",
    "category",
    "tags",
    "solved",
    "organisationKind",
    "organisationCategory",
    "hasHours",
  ],
  sortableAttributes: ["_geo", "createdAt"],
  // Meilisearch's default order, then our tie-breakers: solved questions, then votes.
  rankingRules: [
    "words",
    "typo",
    "proximity",
    "attribute",
    "sort",
    "exactness",
    "solvedRank:desc",
    "score:desc",
  ],
  // Meilisearch's defaults, written out so the embedded engine has a reference.
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnWords: [],
    disableOnAttributes: [],
  },
  // Page-based search counts hits exactly up to this number (default 1,000).
  pagination: { maxTotalHits: 10_000 },
  // French everywhere: no language detection that could pick other tokenizer rules.
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["fra"] }],
} satisfies Settings;

/** A Meilisearch task that finished as failed (e.g. a document it rejected). */
export class MeilisearchTaskFailedError extends Error {
  override name = "MeilisearchTaskFailedError";
  constructor(
    readonly task: Task,
    readonly code = task.error?.code ?? "unknown",
  ) {
    super(
      `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? "no error given"}`,
    );
  }
}

/**
 * True when Meilisearch could not be reached or refused us as a whole (down,
 * timeout, bad key): retrying document by document would not help.
 */
export function isMeilisearchUnavailable(error: unknown): boolean {
  if (
    error instanceof MeilisearchRequestError ||
    error instanceof MeilisearchRequestTimeOutError ||
    error instanceof MeilisearchTaskTimeOutError
  ) {
    return true;
  }
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    return status === 401 || status === 403 || status >= 500;
  }
  return false;
}

export function createMeilisearchClient(config: MeilisearchConfig) {
  return new Meilisearch({
    host: config.url,
    apiKey: config.apiKey || undefined,
    defaultWaitOptions: { timeout: config.taskTimeoutMs ?? 60_000, interval: 50 },
  });
}

/** Waits for an enqueued task and throws when it did not succeed. */
export async function succeeded(enqueued: EnqueuedTaskPromise, timeoutMs?: number): Promise<Task> {
  const task = await enqueued.waitTask(
    timeoutMs === undefined ? undefined : { timeout: timeoutMs },
  );
  if (task.status !== "succeeded") throw new MeilisearchTaskFailedError(task);
  return task;
}

function errorCode(error: unknown): string | undefined {
  if (error instanceof MeilisearchApiError) return error.cause?.code;
  if (error instanceof MeilisearchTaskFailedError) return error.code;
  return undefined;
}

/** Creates the index (primary key `id`) when it does not exist yet. */
export async function ensureIndex(client: Meilisearch, indexUid: string): Promise<void> {
  try {
    await client.getRawIndex(indexUid);
    return;
  } catch (error) {
    if (errorCode(error) !== "index_not_found") throw error;
  }
  try {
    await succeeded(client.createIndex(indexUid, { primaryKey: "id" }));
  } catch (error) {
    // Another process created it in between: just as good.
    if (errorCode(error) !== "index_already_exists") throw error;
  }
}

function sameSet(a: readonly unknown[], b: readonly unknown[]) {
  const keys = (list: readonly unknown[]) => list.map((item) => JSON.stringify(item)).sort();
  return JSON.stringify(keys(a)) === JSON.stringify(keys(b));
}

/** True when every key of `wanted` has the same value in `current` (extra keys ignored). */
function contains(current: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted)) {
    return (
      Array.isArray(current) &&
      current.length === wanted.length &&
      wanted.every((item, i) => contains(current[i], item))
    );
  }
  if (wanted && typeof wanted === "object") {
    if (!current || typeof current !== "object") return false;
    return Object.entries(wanted).every(([key, value]) =>
      contains((current as Record<string, unknown>)[key], value),
    );
  }
  return current === wanted;
}

/** The settings whose current value differs from ours (empty when all match). */
export function settingsToUpdate(current: Settings): Settings {
  const changes: Record<string, unknown> = {};
  for (const [key, wanted] of Object.entries(INDEX_SETTINGS)) {
    const value = current[key as keyof Settings];
    // Meilisearch keeps these two as sets: their order means nothing.
    const unordered = key === "filterableAttributes" || key === "sortableAttributes";
    const same =
      unordered && Array.isArray(value) && Array.isArray(wanted)
        ? sameSet(value, wanted)
        : contains(value, wanted);
    if (!same) changes[key] = wanted;
  }
  return changes as Settings;
}

/**
 * Creates the index if needed and applies our settings, idempotently: it
 * reads the current ones and sends only what differs (a settings update
 * re-indexes, so an unchanged one is worth skipping), then waits for it.
 * Returns the names of the settings it changed.
 */
export async function ensureSettings(client: Meilisearch, indexUid: string): Promise<string[]> {
  await ensureIndex(client, indexUid);
  const index = client.index(indexUid);
  const changes = settingsToUpdate(await index.getSettings());
  const changed = Object.keys(changes);
  if (changed.length > 0) await succeeded(index.updateSettings(changes));
  return changed;
}

/** Meilisearch's document for one question or listing. */
export function toMeiliDocument(document: SearchDocument): MeiliDocument {
  const clean = (text: string) => text.replace(PLACEHOLDERS, "");
  if (document.type === "organisation") {
    const { lat, lng, id, kind, category, ...rest } = document;
    const listing: MeiliOrganisation = {
      ...rest,
      type: "organisation",
      id: `o${id}`,
      organisationId: id,
      organisationKind: kind,
      organisationCategory: category,
      title: clean(document.title),
      body: clean(document.body),
      tags: document.tags.map(clean),
      hasHours: document.openingHours !== null,
      solvedRank: 0,
      score: 0,
      _geo: { lat, lng },
    };
    return listing;
  }
  const { lat, lng, ...rest } = document;
  return {
    ...rest,
    type: "question",
    title: clean(document.title),
    body: clean(document.body),
    acceptedAnswer: clean(document.acceptedAnswer),
    answers: clean(document.answers),
    tags: document.tags.map(clean),
    solvedRank: document.solved ? 1 : 0,
    _geo: { lat, lng },
  };
}

/**
 * The text sent to Meilisearch: the words of the shared tokenizer, as typed
 * (Meilisearch folds them itself), so French elisions are dropped by the same
 * rule as in the embedded engine (`l'école` → `école`) and the characters
 * Meilisearch reads as operators (`"phrase"`, `-word`) are gone.
 */
export function toMeiliQuery(text: string): string {
  const words: string[] = [];
  let previousStart = -1;
  for (const token of tokenizeWithOffsets(text)) {
    // A character NFKD splits in several parts gives several tokens at one place.
    if (token.start === previousStart) continue;
    previousStart = token.start;
    words.push(text.slice(token.start, token.end));
  }
  return words.join(" ");
}

/** A string literal inside a Meilisearch filter expression. */
export function filterString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A coordinate as the filter parser reads it: never in exponent notation (5e-7). */
const coordinate = (degrees: number) => degrees.toFixed(7).replace(/\.?0+$/, "");

/** `SearchQuery` filters as Meilisearch filter expressions (all of them must hold). */
export function toMeiliFilter(query: SearchQuery): string[] {
  const filters: string[] = [];
  const types = searchedTypes(query);
  if (types.length === 1) {
    // Documents indexed before listings have no type: they are questions.
    filters.push(types[0] === "organisation" ? `type = "organisation"` : `type != "organisation"`);
  }
  if (query.near) {
    const { lat, lng, radiusKm } = query.near;
    filters.push(
      `_geoRadius(${coordinate(lat)}, ${coordinate(lng)}, ${Math.round(radiusKm * 1000)})`,
    );
  }
  if (query.kind?.length) filters.push(`kind IN [${query.kind.map(filterString).join(", ")}]`);
  if (query.category?.length) {
    filters.push(`category IN [${query.category.map(filterString).join(", ")}]`);
  }
  // Each tag narrows the results: a question must carry every tag asked for.
  for (const tag of query.tags ?? []) filters.push(`tags = ${filterString(tag)}`);
  if (query.solved === true || query.solved === false) filters.push(`solved = ${query.solved}`);
  if (query.organisationKind?.length) {
    filters.push(`organisationKind IN [${query.organisationKind.map(filterString).join(", ")}]`);
  }
  if (query.organisationCategory?.length) {
    filters.push(
      `organisationCategory IN [${query.organisationCategory.map(filterString).join(", ")}]`,
    );
  }
  // The hours themselves are checked on the hits (see `search`).
  if (query.openAt) filters.push("hasHours = true");
  return filters;
}

function toMeiliSort(query: SearchQuery): string[] | undefined {
  if (query.sort === "recent") return ["createdAt:desc"];
  if (query.sort === "distance" && query.near) {
    return [`_geoPoint(${coordinate(query.near.lat)}, ${coordinate(query.near.lng)}):asc`];
  }
  return undefined;
}

/** Meilisearch's formatted text (placeholders around matches) as safe HTML with <mark>. */
export function toHighlightedHtml(formatted: string): string {
  return escapeHtml(formatted).replaceAll(MARK_OPEN, "<mark>").replaceAll(MARK_CLOSE, "</mark>");
}

type MeiliHit = MeiliDocument & {
  _formatted?: Partial<Record<keyof MeiliDocument, unknown>>;
  _matchesPosition?: Record<string, unknown[]>;
};

/**
 * The snippet: from the accepted answer when it matched, else the question,
 * else the answers; a listing's from its description.
 */
function snippetOf(hit: MeiliHit): string {
  const text = (field: string) => (hit as Record<string, unknown>)[field];
  const matched = (field: string) => (hit._matchesPosition?.[field]?.length ?? 0) > 0;
  const source =
    SNIPPET_SOURCES.find((field) => matched(field) && text(field)) ??
    SNIPPET_SOURCES.find((field) => text(field)) ??
    "body";
  const formatted = (hit._formatted as Record<string, unknown> | undefined)?.[source];
  const raw = text(source);
  return toHighlightedHtml(
    typeof formatted === "string" ? formatted : typeof raw === "string" ? raw : "",
  );
}

function toSearchHit(hit: MeiliHit, query: SearchQuery): SearchHit {
  const formattedTitle = hit._formatted?.title;
  // Computed with the app's own haversine (as the embedded engine does)
  // rather than from `_geoDistance`, which Meilisearch only returns when
  // sorting by `_geoPoint` and rounds to the metre.
  const distanceKm = query.near ? Math.round(haversineKm(query.near, hit._geo) * 10) / 10 : null;
  const highlightedTitle = toHighlightedHtml(
    typeof formattedTitle === "string" ? formattedTitle : hit.title,
  );
  const place = { id: hit.placeId, code: hit.placeCode, name: hit.placeName, slug: hit.placeSlug };
  if (hit.type === "organisation") {
    return {
      type: "organisation",
      id: hit.organisationId,
      slug: hit.slug,
      title: hit.title,
      kind: hit.organisationKind,
      category: hit.organisationCategory,
      claimed: hit.claimed,
      partner: hit.partner,
      approximate: hit.approximate,
      openingHours: hit.openingHours,
      place,
      distanceKm,
      createdAt: hit.createdAt,
      highlightedTitle,
      snippet: snippetOf(hit),
    };
  }
  return {
    type: "question",
    id: hit.id,
    slug: hit.slug,
    title: hit.title,
    kind: hit.kind,
    category: hit.category,
    solved: hit.solved,
    score: hit.score,
    answerCount: hit.answerCount,
    place,
    distanceKm,
    createdAt: hit.createdAt,
    highlightedTitle,
    snippet: snippetOf(hit),
  };
}

/**
 * The facets, and each type's count: listings are counted by their type;
 * the rest are questions (older question documents have no type).
 */
function toFacetCounts(
  distribution: Record<string, Record<string, number>> | undefined,
  total: number,
  query: SearchQuery,
) {
  const facets: FacetCounts = { type: {}, kind: {}, category: {}, solved: {} };
  const types = searchedTypes(query);
  const organisations = types.includes("organisation")
    ? Math.min(total, distribution?.type?.organisation ?? 0)
    : 0;
  if (organisations > 0) facets.type.organisation = organisations;
  if (types.includes("question") && total > organisations) {
    facets.type.question = total - organisations;
  }
  Object.assign(facets.kind, distribution?.kind ?? {});
  Object.assign(facets.category, distribution?.category ?? {});
  const solved = distribution?.solved ?? {};
  if (solved.true !== undefined) facets.solved.true = solved.true;
  if (solved.false !== undefined) facets.solved.false = solved.false;
  return facets;
}

const RETRIEVED: (keyof MeiliQuestion | keyof MeiliOrganisation)[] = [
  "id",
  "type",
  "slug",
  "title",
  "body",
  "acceptedAnswer",
  "answers",
  "kind",
  "category",
  "solved",
  "score",
  "answerCount",
  "placeId",
  "placeCode",
  "placeName",
  "placeSlug",
  "createdAt",
  "_geo",
  "organisationId",
  "organisationKind",
  "organisationCategory",
  "claimed",
  "partner",
  "approximate",
  "openingHours",
];

/** The Meilisearch search request for a `SearchQuery`. */
export function toSearchParams(
  query: SearchQuery,
): SearchParams & { page: number; hitsPerPage: number } {
  const sort = toMeiliSort(query);
  return {
    filter: toMeiliFilter(query),
    ...(sort ? { sort } : {}),
    // `page` + `hitsPerPage` make `totalHits` exact (up to pagination.maxTotalHits).
    page: Math.max(1, Math.floor(query.page ?? 1)),
    hitsPerPage: Math.min(50, Math.max(1, Math.floor(query.limit ?? 20))),
    matchingStrategy: "last",
    facets: ["type", "kind", "category", "solved"],
    attributesToRetrieve: RETRIEVED,
    attributesToHighlight: ["title", ...SNIPPET_SOURCES],
    attributesToCrop: [...SNIPPET_SOURCES],
    cropLength: SNIPPET_WORDS,
    cropMarker: "…",
    highlightPreTag: MARK_OPEN,
    highlightPostTag: MARK_CLOSE,
    // Tells which fields matched, to choose the snippet's source.
    showMatchesPosition: true,
    locales: ["fra"],
  };
}

export function createMeilisearchEngine(config: MeilisearchConfig): SearchEngine {
  const client = createMeilisearchClient(config);
  const indexUid = config.indexName ?? "questions";
  const index: Index<MeiliDocument> = client.index<MeiliDocument>(indexUid);

  // Settings are checked once per process, before the first use; a failure
  // (server not up yet) is retried on the next call.
  let ready: Promise<unknown> | undefined;
  const whenReady = () => {
    ready ??= ensureSettings(client, indexUid).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };

  /**
   * « Ouvert maintenant »: the listings with hours that match, in
   * Meilisearch's order (the first OPEN_NOW_CANDIDATES), kept when their
   * hours say open at `at`, then paged here.
   */
  async function searchOpenNow(query: SearchQuery, at: Date): Promise<SearchResult> {
    const params = toSearchParams({ ...query, page: 1, limit: 1 });
    const response = await index.search<MeiliHit, typeof params>(toMeiliQuery(query.text), {
      ...params,
      hitsPerPage: OPEN_NOW_CANDIDATES,
    });
    const open = response.hits.filter(
      (hit) => hit.type === "organisation" && hit.openingHours && isOpenAt(hit.openingHours, at),
    );
    const { page, hitsPerPage } = toSearchParams(query);
    return {
      hits: open
        .slice((page - 1) * hitsPerPage, page * hitsPerPage)
        .map((hit) => toSearchHit(hit, query)),
      total: open.length,
      facets: {
        type: open.length ? { organisation: open.length } : {},
        kind: {},
        category: {},
        solved: {},
      },
    };
  }

  return {
    name: "meilisearch",

    async upsert(documents) {
      if (documents.length === 0) return;
      await whenReady();
      await succeeded(index.addDocuments(documents.map(toMeiliDocument)));
    },

    async remove(keys) {
      if (keys.length === 0) return;
      await whenReady();
      // Meilisearch reads every id as a string: "12" is the question 12.
      await succeeded(index.deleteDocuments(keys.map((key) => String(meiliId(key)))));
    },

    async search(query): Promise<SearchResult> {
      if (searchedTypes(query).length === 0) {
        return { hits: [], total: 0, facets: toFacetCounts(undefined, 0, query) };
      }
      await whenReady();
      if (query.openAt) return await searchOpenNow(query, query.openAt);
      const params = toSearchParams(query);
      const response = await index.search<MeiliHit, typeof params>(
        toMeiliQuery(query.text),
        params,
      );
      return {
        hits: response.hits.map((hit) => toSearchHit(hit, query)),
        total: response.totalHits,
        facets: toFacetCounts(response.facetDistribution, response.totalHits, query),
      };
    },

    async clear() {
      await whenReady();
      await succeeded(index.deleteAllDocuments());
    },
  };
}
