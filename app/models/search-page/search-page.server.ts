import { eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { places } from "#db/schema";
import type { FacetCounts, SearchEngine, SearchHit, SearchQuery } from "#search/engine";
import {
  CATEGORIES,
  SEARCH_QUERY_MAX_LENGTH,
  DEFAULT_LIST_RADIUS_KM,
  LIST_RADII,
  QUESTION_KINDS,
  type Category,
  type QuestionKind,
} from "#app/domain/questions";
import {
  getPlace,
  PLACE_QUERY_MAX_LENGTH,
  resolvePlaceChoice,
} from "#app/models/places/places.server";
import { questionPath } from "#app/models/questions/paths";

/**
 * The search page's URL (/search), in French like the rest of the site, so a
 * search can be bookmarked, shared and linked to:
 *
 * | Parameter   | Values                                                           | Default                                    |
 * | ----------- | ---------------------------------------------------------------- | ------------------------------------------ |
 * | `q`         | what the reader typed (200 characters at most)                   | empty: the latest questions                |
 * | `lieu`      | a place slug or INSEE code, or typed text ("Donges", "44480")    | the reader's home place; `lieu=` = none    |
 * | `rayon`     | 2, 5, 10, 25, 50 (km) or `france`                                | 10 (only with a place)                     |
 * | `type`      | question, help, offer (repeatable)                               | all                                        |
 * | `categorie` | a category slug (repeatable)                                     | all                                        |
 * | `resolu`    | `oui` or `non`                                                   | both                                       |
 * | `tri`       | `pertinence`, `distance` (only with a place), `date`             | pertinence; date when `q` is empty         |
 * | `page`      | 1 to 50                                                          | 1                                          |
 *
 * Anything not understood falls back to its default: a bad URL never fails.
 */
export const SEARCH_PAGE_SIZE = 20;
/** Deep pages cost the engine more and nobody reads them: refine the search instead. */
export const SEARCH_MAX_PAGE = 50;
/** Wide enough to reach every French place from any other (overseas included): "toute la France". */
export const WHOLE_FRANCE_RADIUS_KM = 20_000;
export const SEARCH_SORTS = ["pertinence", "distance", "date"] as const;
export type SearchPageSort = (typeof SEARCH_SORTS)[number];

const ENGINE_SORT = {
  pertinence: "relevance",
  distance: "distance",
  date: "recent",
} as const satisfies Record<SearchPageSort, SearchQuery["sort"]>;

export type SearchPageParams = {
  q: string;
  /** The `lieu` parameter as sent; null when absent (then the reader's home place applies). */
  lieu: string | null;
  /** Around the place; without a place the search covers the whole of France anyway. */
  radius: number | "france";
  kinds: QuestionKind[];
  categories: Category[];
  solved: boolean | null;
  /** Null when `tri` is absent or not understood: the default depends on `q` and the place. */
  sort: SearchPageSort | null;
  page: number;
};

/** `type=help&type=offer` and `type=help,offer` alike, unknown values dropped, each once. */
function listParam<T extends string>(url: URL, name: string, allowed: readonly T[]): T[] {
  const values = url.searchParams.getAll(name).flatMap((value) => value.split(","));
  return allowed.filter((value) => values.some((given) => given.trim().toLowerCase() === value));
}

export function searchPageParams(url: URL): SearchPageParams {
  const params = url.searchParams;
  const radiusParam = (params.get("rayon") ?? "").trim().toLowerCase();
  const radiusKm = Number(radiusParam);
  const solved = (params.get("resolu") ?? "").trim().toLowerCase();
  const sort = (params.get("tri") ?? "").trim().toLowerCase();
  const page = Number(params.get("page"));
  return {
    q: (params.get("q") ?? "").replace(/\s+/g, " ").trim().slice(0, SEARCH_QUERY_MAX_LENGTH),
    lieu: params.has("lieu")
      ? (params.get("lieu") ?? "").trim().slice(0, PLACE_QUERY_MAX_LENGTH)
      : null,
    radius: ["france", "tout", "toute-la-france"].includes(radiusParam)
      ? "france"
      : radiusParam && (LIST_RADII as readonly number[]).includes(radiusKm)
        ? radiusKm
        : DEFAULT_LIST_RADIUS_KM,
    kinds: listParam(url, "type", QUESTION_KINDS),
    categories: listParam(url, "categorie", CATEGORIES),
    solved: ["oui", "true", "1"].includes(solved)
      ? true
      : ["non", "false", "0"].includes(solved)
        ? false
        : null,
    sort: (SEARCH_SORTS as readonly string[]).includes(sort)
      ? (sort as SearchPageSort)
      : sort === "relevance"
        ? "pertinence"
        : sort === "recent"
          ? "date"
          : null,
    page: Number.isInteger(page) && page >= 1 && page <= SEARCH_MAX_PAGE ? page : 1,
  };
}

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

/** What the page shows of a hit. `titleHtml` and `snippetHtml` come escaped from the engine, with <mark>. */
export function hitView(hit: SearchHit) {
  return {
    id: hit.id,
    path: questionPath(hit),
    title: hit.title,
    titleHtml: hit.highlightedTitle,
    snippetHtml: hit.snippet,
    kind: hit.kind,
    category: hit.category,
    solved: hit.solved,
    answerCount: hit.answerCount,
    place: { name: hit.place.name, slug: hit.place.slug },
    distanceKm: hit.distanceKm,
    createdAt: new Date(hit.createdAt * 1000).toISOString(),
  };
}

export type SearchHitView = ReturnType<typeof hitView>;

/** Runs the search a /search URL asks for, ready for the page. */
export async function searchPage(
  db: AppDatabase,
  engine: SearchEngine,
  params: SearchPageParams,
  homePlaceId: number | null | undefined,
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
  try {
    result = await searchWithFacets(engine, {
      text: params.q,
      near,
      kind: params.kinds.length ? params.kinds : undefined,
      category: params.categories.length ? params.categories : undefined,
      solved: params.solved,
      sort: ENGINE_SORT[sort],
      page: params.page,
      limit: SEARCH_PAGE_SIZE,
    });
  } catch (error) {
    // An engine that is down (Meilisearch unreachable) gets a notice on the page, not an error page.
    console.error("Search failed", error);
  }
  const total = result?.total ?? 0;
  return {
    // What the page needs of the place, not its every column.
    placeChoice:
      placeChoice.status === "found"
        ? { ...placeChoice, place: { name: placeChoice.place.name, slug: placeChoice.place.slug } }
        : placeChoice,
    place: place ? { name: place.name, slug: place.slug, code: place.code } : null,
    sort,
    hits: result?.hits.map(hitView) ?? [],
    total,
    totalIsEstimate: result?.totalIsEstimate ?? false,
    facets: result?.facets ?? { kind: {}, category: {}, solved: {} },
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
export const SIMILAR_LIMIT = 5;

/** The questions most like a title being written, near a place: the five best, solved ones first. */
export async function similarQuestions(
  engine: SearchEngine,
  title: string,
  place: { lat: number; lng: number },
) {
  const { hits } = await engine.search({
    text: title,
    near: { lat: place.lat, lng: place.lng, radiusKm: SIMILAR_RADIUS_KM },
    sort: "relevance",
    page: 1,
    limit: SIMILAR_LIMIT,
  });
  // A stable sort: among solved (and among unsolved) questions, the engine's order stays.
  return [...hits].sort((a, b) => Number(b.solved) - Number(a.solved));
}
