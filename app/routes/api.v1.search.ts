import { z } from "zod";
import { getPlace } from "#app/models/places/places.server";
import { SEARCH_TYPES } from "#app/domain/search-types";
import { searchHitForApi, searchWithFacets } from "#app/models/search-page/search-page.server";
import { apiError, apiJson, apiLoader, methodNotAllowed } from "#app/server/api.server";
import { getDb } from "#app/server/db.server";
import { PLACE_QUERY_MAX_LENGTH } from "#app/domain/places";
import { CATEGORIES, QUESTION_KINDS, SEARCH_QUERY_MAX_LENGTH } from "#app/domain/questions";
import { getSearch } from "#app/server/search.server";

const MAX_RADIUS_KM = 1000;
const DEFAULT_RADIUS_KM = 10;
const MAX_LIMIT = 50;
const MAX_PAGE = 100;
const SORTS = ["relevance", "distance", "recent"] as const;

const messages = {
  q: `q must be at most ${SEARCH_QUERY_MAX_LENGTH} characters.`,
  place: "place is unknown: pass an INSEE code or a place slug (see /api/v1/places).",
  placeAndNear: "Pass place or near, not both.",
  near: "near must be a latitude and a longitude in degrees, separated by a comma (near=47.32,-2.07).",
  radius: `radius must be a number of kilometres above 0 and at most ${MAX_RADIUS_KM}.`,
  radiusAlone: "radius needs place or near: the centre of the circle.",
  type: `type must be one or more of ${SEARCH_TYPES.join(", ")}, separated by commas.`,
  kind: `kind must be one or more of ${QUESTION_KINDS.join(", ")}, separated by commas.`,
  category: `category must be one or more of ${CATEGORIES.join(", ")}, separated by commas.`,
  solved: "solved must be true or false.",
  sort: `sort must be one of ${SORTS.join(", ")}.`,
  distance: "sort=distance needs place or near.",
  page: `page must be a whole number from 1 to ${MAX_PAGE}.`,
  limit: `limit must be a whole number from 1 to ${MAX_LIMIT}.`,
};

/** "help,offer" → ["help", "offer"]; any value outside the list fails. */
const commaList = <T extends string>(allowed: readonly [T, ...T[]], message: string) =>
  z
    .string()
    .transform((value) => value.split(",").map((part) => part.trim()))
    .pipe(z.array(z.enum(allowed, { errorMap: () => ({ message }) })).min(1, message))
    .transform((values) => [...new Set(values)]);

const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce.number({ invalid_type_error: message }).int(message).min(min, message).max(max, message);

const searchParamsSchema = z.object({
  q: z.string().trim().max(SEARCH_QUERY_MAX_LENGTH, messages.q).default(""),
  place: z.string().trim().max(PLACE_QUERY_MAX_LENGTH, messages.place).optional(),
  near: z
    .string()
    .regex(/^\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*$/, messages.near)
    .transform((value) => {
      const [lat, lng] = value.split(",").map(Number) as [number, number];
      return { lat, lng };
    })
    .refine(({ lat, lng }) => Math.abs(lat) <= 90 && Math.abs(lng) <= 180, messages.near)
    .optional(),
  radius: z.coerce
    .number({ invalid_type_error: messages.radius })
    .refine((km) => Number.isFinite(km) && km > 0 && km <= MAX_RADIUS_KM, messages.radius)
    .optional(),
  type: commaList(SEARCH_TYPES, messages.type).optional(),
  kind: commaList(QUESTION_KINDS, messages.kind).optional(),
  category: commaList(CATEGORIES, messages.category).optional(),
  solved: z
    .enum(["true", "false"], { errorMap: () => ({ message: messages.solved }) })
    .transform((value) => value === "true")
    .optional(),
  sort: z.enum(SORTS, { errorMap: () => ({ message: messages.sort }) }).default("relevance"),
  page: wholeNumber(1, MAX_PAGE, messages.page).default(1),
  limit: wholeNumber(1, MAX_LIMIT, messages.limit).default(20),
});

/**
 * GET /api/v1/search?q=…&place=…|near=lat,lng&radius=10&type=&kind=&category=&solved=&sort=&page=&limit=:
 * full-text search of the questions and their answers, and of the directory's
 * listings, with facet counts. Every parameter is checked before anything is
 * looked up (docs/api.md).
 */
export const loader = apiLoader(async ({ request }) => {
  const url = new URL(request.url);
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (key in searchParamsSchema.shape && value !== "" && !(key in query)) query[key] = value;
  }
  const parsed = searchParamsSchema.safeParse(query);
  if (!parsed.success) return apiError(400, parsed.error.issues[0]?.message ?? messages.q);
  const params = parsed.data;
  if (params.place && params.near) return apiError(400, messages.placeAndNear);
  if (params.radius != null && !params.place && !params.near) {
    return apiError(400, messages.radiusAlone);
  }
  if (params.sort === "distance" && !params.place && !params.near) {
    return apiError(400, messages.distance);
  }

  let centre = params.near ?? null;
  if (params.place) {
    const place = getPlace(getDb(), params.place);
    if (!place) return apiError(400, messages.place);
    centre = { lat: place.lat, lng: place.lng };
  }
  const result = await searchWithFacets(getSearch().engine, {
    text: params.q,
    near: centre ? { ...centre, radiusKm: params.radius ?? DEFAULT_RADIUS_KM } : null,
    types: params.type,
    kind: params.kind,
    category: params.category,
    solved: params.solved ?? null,
    sort: params.sort,
    page: params.page,
    limit: params.limit,
  });
  return apiJson(
    {
      hits: result.hits.map((hit) => searchHitForApi(hit, url.origin)),
      total: result.total,
      totalIsEstimate: result.totalIsEstimate ?? false,
      facets: result.facets,
    },
    { maxAgeSeconds: 60 },
  );
});

export const action = methodNotAllowed;
