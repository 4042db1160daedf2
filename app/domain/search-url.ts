import { PLACE_QUERY_MAX_LENGTH } from "./places";
import {
  CATEGORIES,
  DEFAULT_LIST_RADIUS_KM,
  LIST_RADII,
  QUESTION_KINDS,
  SEARCH_QUERY_MAX_LENGTH,
  type Category,
  type QuestionKind,
} from "./questions";

/**
 * The search page's URL (/search), in French like the rest of the site, so a
 * search can be bookmarked, shared and linked to. This module alone reads and
 * writes it: the page's loader, its links and form, and the header's search box.
 *
 * | Parameter   | Values                                                           | Default                                    |
 * | ----------- | ---------------------------------------------------------------- | ------------------------------------------ |
 * | `q`         | what the reader typed (200 characters at most)                   | empty: the latest questions                |
 * | `lieu`      | a place slug or INSEE code, or typed text ("Donges", "44480")    | the reader's home place; `lieu=` = none    |
 * | `rayon`     | 2, 5, 10, 25, 50 (km) or `france`                                | 10 (only with a place)                     |
 * | `contenu`   | `questions` or `fiches` (directory listings)                     | both                                       |
 * | `ouvert`    | `oui`: only listings open now (listings, unless `contenu=questions`) | no                                     |
 * | `type`      | question, help, offer (repeatable)                               | all                                        |
 * | `categorie` | a category slug (repeatable)                                     | all                                        |
 * | `resolu`    | `oui` or `non`                                                   | both                                       |
 * | `tri`       | `pertinence`, `distance` (only with a place), `date`             | pertinence; date when `q` is empty         |
 * | `page`      | 1 to 50                                                          | 1                                          |
 *
 * Anything not understood falls back to its default: a bad URL never fails.
 * Browser-safe: the page builds its links with it on both sides.
 */
export const SEARCH_PATH = "/search";

/** The parameters' names, which the page's form fields (and the header's box) carry too. */
export const SEARCH_PARAM = {
  q: "q",
  lieu: "lieu",
  radius: "rayon",
  content: "contenu",
  openNow: "ouvert",
  kinds: "type",
  categories: "categorie",
  solved: "resolu",
  sort: "tri",
  page: "page",
} as const;

/** Deep pages cost the engine more and nobody reads them: refine the search instead. */
export const SEARCH_MAX_PAGE = 50;
export const SEARCH_SORTS = ["pertinence", "distance", "date"] as const;
export type SearchPageSort = (typeof SEARCH_SORTS)[number];
/** What the page finds: questions, directory listings (« fiches »), or both (null). */
export const SEARCH_CONTENTS = ["questions", "fiches"] as const;
export type SearchContent = (typeof SEARCH_CONTENTS)[number];

export type SearchPageParams = {
  q: string;
  /** The `lieu` parameter as sent; null when absent (then the reader's home place applies). */
  lieu: string | null;
  /** Around the place; without a place the search covers the whole of France anyway. */
  radius: number | "france";
  /** Null: questions and listings together. */
  content: SearchContent | null;
  /** Only listings open at the moment of the request (then `content` is "fiches"). */
  openNow: boolean;
  kinds: QuestionKind[];
  categories: Category[];
  solved: boolean | null;
  /** Null when `tri` is absent or not understood: the default depends on `q` and the place. */
  sort: SearchPageSort | null;
  page: number;
};

/** What an empty /search means; `searchUrl` leaves these values out of the URL. */
export const DEFAULT_SEARCH_PARAMS: SearchPageParams = {
  q: "",
  lieu: null,
  radius: DEFAULT_LIST_RADIUS_KM,
  content: null,
  openNow: false,
  kinds: [],
  categories: [],
  solved: null,
  sort: null,
  page: 1,
};

const WHOLE_FRANCE = ["france", "tout", "toute-la-france"];
const YES = ["oui", "true", "1"];
const NO = ["non", "false", "0"];
/** Older links and the API's English words, read as the page's own. */
const SORT_ALIASES: Record<string, SearchPageSort> = { relevance: "pertinence", recent: "date" };

/**
 * At most `max` UTF-16 units, never half an emoji (a lone surrogate would not
 * survive the URL), and no space left at either end by the cut.
 */
function clip(text: string, max: number) {
  return text
    .trim()
    .slice(0, max)
    .replace(/[\uD800-\uDBFF]$/, "")
    .trim();
}

const lowered = (value: string | null) => (value ?? "").trim().toLowerCase();

/** `type=help&type=offer` and `type=help,offer` alike, unknown values dropped, each once, in the list's order. */
function listParam<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]) {
  const values = params.getAll(name).flatMap((value) => value.split(","));
  return allowed.filter((value) => values.some((given) => lowered(given) === value));
}

function radiusParam(value: string): SearchPageParams["radius"] {
  if (WHOLE_FRANCE.includes(value)) return "france";
  const km = Number(value);
  return value && (LIST_RADII as readonly number[]).includes(km) ? km : DEFAULT_LIST_RADIUS_KM;
}

function sortParam(value: string): SearchPageSort | null {
  if ((SEARCH_SORTS as readonly string[]).includes(value)) return value as SearchPageSort;
  return SORT_ALIASES[value] ?? null;
}

function contentParam(value: string): SearchContent | null {
  return (SEARCH_CONTENTS as readonly string[]).includes(value) ? (value as SearchContent) : null;
}

/** The search a /search URL asks for. */
export function parseSearchUrl(params: URLSearchParams): SearchPageParams {
  const solved = lowered(params.get(SEARCH_PARAM.solved));
  const page = Number(params.get(SEARCH_PARAM.page));
  const content = contentParam(lowered(params.get(SEARCH_PARAM.content)));
  // « Ouvert maintenant » is a listing's: it shows listings, unless questions were asked for.
  const openNow =
    YES.includes(lowered(params.get(SEARCH_PARAM.openNow))) && content !== "questions";
  return {
    q: clip((params.get(SEARCH_PARAM.q) ?? "").replace(/\s+/g, " "), SEARCH_QUERY_MAX_LENGTH),
    lieu: params.has(SEARCH_PARAM.lieu)
      ? clip(params.get(SEARCH_PARAM.lieu) ?? "", PLACE_QUERY_MAX_LENGTH)
      : null,
    radius: radiusParam(lowered(params.get(SEARCH_PARAM.radius))),
    content: openNow ? "fiches" : content,
    openNow,
    kinds: listParam(params, SEARCH_PARAM.kinds, QUESTION_KINDS),
    categories: listParam(params, SEARCH_PARAM.categories, CATEGORIES),
    solved: YES.includes(solved) ? true : NO.includes(solved) ? false : null,
    sort: sortParam(lowered(params.get(SEARCH_PARAM.sort))),
    page: Number.isInteger(page) && page >= 1 && page <= SEARCH_MAX_PAGE ? page : 1,
  };
}

/**
 * The URL's parameters for a search, defaults left out, in the table's order:
 * the links' query strings, and the hidden fields that carry the filters in the form.
 */
export function searchUrlEntries(params: Partial<SearchPageParams>): [string, string][] {
  const search = { ...DEFAULT_SEARCH_PARAMS, ...params };
  const entries: [string, string][] = [];
  if (search.q) entries.push([SEARCH_PARAM.q, search.q]);
  if (search.lieu !== null) entries.push([SEARCH_PARAM.lieu, search.lieu]);
  if (search.radius !== DEFAULT_LIST_RADIUS_KM) {
    entries.push([SEARCH_PARAM.radius, String(search.radius)]);
  }
  if (search.openNow) entries.push([SEARCH_PARAM.openNow, "oui"]);
  else if (search.content) entries.push([SEARCH_PARAM.content, search.content]);
  for (const kind of QUESTION_KINDS.filter((kind) => search.kinds.includes(kind))) {
    entries.push([SEARCH_PARAM.kinds, kind]);
  }
  for (const category of CATEGORIES.filter((category) => search.categories.includes(category))) {
    entries.push([SEARCH_PARAM.categories, category]);
  }
  if (search.solved !== null) entries.push([SEARCH_PARAM.solved, search.solved ? "oui" : "non"]);
  if (search.sort) entries.push([SEARCH_PARAM.sort, search.sort]);
  if (search.page > 1) entries.push([SEARCH_PARAM.page, String(search.page)]);
  return entries;
}

/** "/search?q=fuite&lieu=donges-44480": the link to a search, defaults left out. */
export function searchUrl(params: Partial<SearchPageParams> = {}): string {
  const query = new URLSearchParams(searchUrlEntries(params)).toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}
