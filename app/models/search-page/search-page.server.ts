import { eq, inArray } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { partnerIds } from "#db/directory/partners";
import { places, questions } from "#db/schema";
import type { FacetCounts, SearchEngine, SearchHit, SearchQuery } from "#search/engine";
import { organisationPath } from "#app/domain/directory";
import { openingStatus } from "#app/domain/opening-hours";
import {
  SEARCH_MAX_PAGE,
  type SearchContent,
  type SearchPageParams,
  type SearchPageSort,
} from "#app/domain/search-url";
import { getPlace, resolvePlaceChoice } from "#app/models/places/places.server";
import { questionPath } from "#app/models/questions/paths";
import { isSimilarTitle } from "#app/domain/similar-titles";

export const SEARCH_PAGE_SIZE = 20;
/** Wide enough to reach every French place from any other (overseas included): "toute la France". */
export const WHOLE_FRANCE_RADIUS_KM = 20_000;

const ENGINE_TYPES = {
  questions: ["question"],
  fiches: ["organisation"],
} as const satisfies Record<SearchContent, SearchQuery["types"]>;

const ENGINE_SORT = {
  pertinence: "relevance",
  distance: "distance",
  date: "recent",
} as const satisfies Record<SearchPageSort, SearchQuery["sort"]>;

export type SearchPlace = NonNullable<ReturnType<typeof getPlace>>;

export type SearchPlaceChoice =
  | { status: "none" }
  | { status: "found"; place: SearchPlace; fromHome: boolean }
  | { status: "not-found"; query: string }
  | {
      status: "ambiguous";
      query: string;
      candidates: { name: string; slug: string; detail: string }[];
    };

function placeById(db: AppDatabase, id: number) {
  const row = db.select({ slug: places.slug }).from(places).where(eq(places.id, id)).get();
  return row ? getPlace(db, row.slug) : undefined;
}

/**
 * The place a search is about: the one in the URL (a slug or code from a link,
 * or text typed without JavaScript), else the reader's home place; `lieu=`
 * (emptied on purpose) means the whole of France.
 */
export function searchPlace(
  db: AppDatabase,
  lieu: string | null,
  homePlaceId: number | null | undefined,
): SearchPlaceChoice {
  if (lieu === null) {
    const home = homePlaceId != null ? placeById(db, homePlaceId) : undefined;
    return home ? { status: "found", place: home, fromHome: true } : { status: "none" };
  }
  if (!lieu) return { status: "none" };
  // Digits are what people type (a postal code, which may be another place's INSEE code):
  // read them as typed text. Links carry slugs.
  const direct = /^\d/.test(lieu) ? undefined : getPlace(db, lieu);
  if (direct) return { status: "found", place: direct, fromHome: false };
  const choice = resolvePlaceChoice(db, { query: lieu });
  if (choice.status === "found") {
    const place = getPlace(db, choice.place.slug);
    if (place) return { status: "found", place, fromHome: false };
  }
  if (choice.status === "ambiguous") {
    return {
      status: "ambiguous",
      query: lieu,
      candidates: choice.candidates.map((candidate) => ({
        name: candidate.name,
        slug: candidate.slug,
        detail: [candidate.postalCodes[0], candidate.departmentName].filter(Boolean).join(" · "),
      })),
    };
  }
  return { status: "not-found", query: lieu };
}

/**
 * One search with facet counts a reader can act on: the counts of a group the
 * reader filtered on (say, kind=help) come from the same search without that
 * group's filter, so the other kinds still show how many they would add.
 */
export async function searchWithFacets(engine: SearchEngine, query: SearchQuery) {
  const result = await engine.search(query);
  const facets: FacetCounts = { ...result.facets };
  const probe = { ...query, page: 1, limit: 1 };
  await Promise.all([
    query.kind?.length
      ? engine.search({ ...probe, kind: undefined }).then((r) => (facets.kind = r.facets.kind))
      : null,
    query.category?.length
      ? engine
          .search({ ...probe, category: undefined })
          .then((r) => (facets.category = r.facets.category))
      : null,
    query.solved != null
      ? engine.search({ ...probe, solved: null }).then((r) => (facets.solved = r.facets.solved))
      : null,
  ]);
  return { ...result, facets };
}

/**
 * How many neighbours found each question « Utile », read from the database:
 * the engine's documents keep only the score it ranks by, and a page has 20 hits.
 */
function upvoteCounts(db: AppDatabase, ids: number[]) {
  if (ids.length === 0) return new Map<number, number>();
  const rows = db
    .select({ id: questions.id, upvoteCount: questions.upvoteCount })
    .from(questions)
    .where(inArray(questions.id, ids))
    .all();
  return new Map(rows.map((row) => [row.id, row.upvoteCount]));
}

/**
 * What the page shows of a hit. `titleHtml` and `snippetHtml` come escaped
 * from the engine, with <mark>. A listing's opening status is computed for
 * the moment of the request, so server and browser render the same.
 */
export function hitView(hit: SearchHit, at: Date, helpful = 0) {
  if (hit.type === "organisation") {
    return {
      type: hit.type,
      id: hit.id,
      path: organisationPath(hit),
      title: hit.title,
      titleHtml: hit.highlightedTitle,
      snippetHtml: hit.snippet,
      kind: hit.kind,
      category: hit.category,
      place: { name: hit.place.name, slug: hit.place.slug },
      distanceKm: hit.distanceKm,
      approximate: hit.approximate,
      partner: hit.partner,
      openingStatus: hit.openingHours ? openingStatus(hit.openingHours, at) : null,
    };
  }
  return {
    type: hit.type,
    id: hit.id,
    path: questionPath(hit),
    title: hit.title,
    titleHtml: hit.highlightedTitle,
    snippetHtml: hit.snippet,
    kind: hit.kind,
    category: hit.category,
    solved: hit.solved,
    answerCount: hit.answerCount,
    /** « 3 utiles », as on the question page and in the other lists. */
    helpful,
    place: { name: hit.place.name, slug: hit.place.slug },
    distanceKm: hit.distanceKm,
    createdAt: new Date(hit.createdAt * 1000).toISOString(),
  };
}

export type SearchHitView = ReturnType<typeof hitView>;

/** A hit as the API gives it: a question, or a directory listing (`"type": "organisation"`). */
export function searchHitForApi(hit: SearchHit, origin: string) {
  const common = {
    type: hit.type,
    id: hit.id,
    title: hit.title,
    place: { code: hit.place.code, name: hit.place.name, slug: hit.place.slug },
    distanceKm: hit.distanceKm,
    kind: hit.kind,
    category: hit.category,
    highlightedTitle: hit.highlightedTitle,
    snippet: hit.snippet,
  };
  if (hit.type === "organisation") {
    return {
      ...common,
      url: `${origin}${organisationPath(hit)}`,
      approximate: hit.approximate,
      claimed: hit.claimed,
      partner: hit.partner,
    };
  }
  return { ...common, url: `${origin}${questionPath(hit)}`, solved: hit.solved };
}

/** Runs the search a /search URL asks for (parseSearchUrl), ready for the page; `at`: now. */
export async function searchPage(
  db: AppDatabase,
  engine: SearchEngine,
  params: SearchPageParams,
  homePlaceId: number | null | undefined,
  at = new Date(),
) {
  const placeChoice = searchPlace(db, params.lieu, homePlaceId);
  const place = placeChoice.status === "found" ? placeChoice.place : null;
  const sort: SearchPageSort =
    params.sort === "distance" && !place
      ? "pertinence"
      : (params.sort ?? (params.q ? "pertinence" : "date"));
  const near = place
    ? {
        lat: place.lat,
        lng: place.lng,
        radiusKm: params.radius === "france" ? WHOLE_FRANCE_RADIUS_KM : params.radius,
      }
    : null;
  let result: Awaited<ReturnType<typeof searchWithFacets>> | null = null;
  // Questions' filters narrow questions: with listings alone, they are left aside.
  const questions = params.content !== "fiches";
  try {
    result = await searchWithFacets(engine, {
      text: params.q,
      near,
      types: params.content ? [...ENGINE_TYPES[params.content]] : undefined,
      openAt: params.openNow ? at : null,
      kind: questions && params.kinds.length ? params.kinds : undefined,
      category: questions && params.categories.length ? params.categories : undefined,
      solved: questions ? params.solved : null,
      sort: ENGINE_SORT[sort],
      page: params.page,
      limit: SEARCH_PAGE_SIZE,
    });
  } catch (error) {
    // An engine that is down (Meilisearch unreachable) gets a notice on the page, not an error page.
    console.error("Search failed", error);
  }
  const total = result?.total ?? 0;
  // The index knows who is a partner as of its last write; the days move on.
  const partners = partnerIds(
    db,
    (result?.hits ?? []).flatMap((hit) => (hit.type === "organisation" ? [hit.id] : [])),
    at,
  );
  const hits = (result?.hits ?? []).map((hit) =>
    hit.type === "organisation" ? { ...hit, partner: partners.has(hit.id) } : hit,
  );
  const helpful = upvoteCounts(
    db,
    hits.flatMap((hit) => (hit.type === "question" ? [hit.id] : [])),
  );
  return {
    // What the page needs of the place, not its every column.
    placeChoice:
      placeChoice.status === "found"
        ? { ...placeChoice, place: { name: placeChoice.place.name, slug: placeChoice.place.slug } }
        : placeChoice,
    place: place ? { name: place.name, slug: place.slug, code: place.code } : null,
    sort,
    hits: hits.map((hit) =>
      hitView(hit, at, hit.type === "question" ? (helpful.get(hit.id) ?? 0) : 0),
    ),
    total,
    totalIsEstimate: result?.totalIsEstimate ?? false,
    facets: result?.facets ?? { type: {}, kind: {}, category: {}, solved: {} },
    pageCount: Math.min(Math.ceil(total / SEARCH_PAGE_SIZE), SEARCH_MAX_PAGE),
    unavailable: !result,
  };
}

/** Enough of a title to look for its likes: three words, or twelve characters. */
export function isTitleSearchable(title: string) {
  const trimmed = title.trim();
  return trimmed.length >= 12 || trimmed.split(/\s+/).filter(Boolean).length >= 3;
}

export const SIMILAR_RADIUS_KM = 10;
/** At most three: they sit under the title, and must not push the form down. */
export const SIMILAR_LIMIT = 3;
/** Candidates the engine offers before the stricter test of isSimilarTitle. */
const SIMILAR_CANDIDATES = 20;

/**
 * The questions really like a title being written, near a place: of the
 * engine's best candidates, those sharing enough meaningful words with it
 * (isSimilarTitle), three at most, solved ones first.
 */
export async function similarQuestions(
  engine: SearchEngine,
  title: string,
  place: { lat: number; lng: number },
) {
  const { hits: candidates } = await engine.search({
    text: title,
    types: ["question"],
    near: { lat: place.lat, lng: place.lng, radiusKm: SIMILAR_RADIUS_KM },
    sort: "relevance",
    page: 1,
    limit: SIMILAR_CANDIDATES,
  });
  const hits = candidates.filter((hit) => isSimilarTitle(title, hit.title)).slice(0, SIMILAR_LIMIT);
  // A stable sort: among solved (and among unsolved) questions, the engine's order stays.
  return hits
    .flatMap((hit) => (hit.type === "question" ? [hit] : []))
    .sort((a, b) => Number(b.solved) - Number(a.solved));
}
