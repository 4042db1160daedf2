import { z } from "zod";
import { listOrganisationsForApi } from "#app/models/directory/api.server";
import { getPlace } from "#app/models/places/places.server";
import { apiError, apiJson, apiLoader, methodNotAllowed } from "#app/server/api.server";
import { getDb } from "#app/server/db.server";
import { getSearch } from "#app/server/search.server";
import {
  DEFAULT_DIRECTORY_RADIUS_KM,
  ORGANISATION_CATEGORIES,
  ORGANISATION_KINDS,
} from "#app/domain/directory";
import { SEARCH_QUERY_MAX_LENGTH } from "#app/domain/questions";

const MAX_RADIUS_KM = 100;
const MAX_LIMIT = 50;
const MAX_PAGE = 100;

const messages = {
  place: "place is required: an INSEE code or a place slug.",
  radius: `radius must be a number of kilometres above 0 and at most ${MAX_RADIUS_KM}.`,
  kind: `kind must be one of ${ORGANISATION_KINDS.join(", ")}.`,
  category: "category must be a directory category (see docs/api.md).",
  q: `q must be at most ${SEARCH_QUERY_MAX_LENGTH} characters.`,
  openNow: "openNow must be true or false.",
  page: `page must be a whole number from 1 to ${MAX_PAGE}.`,
  limit: `limit must be a whole number from 1 to ${MAX_LIMIT}.`,
};

const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce.number({ invalid_type_error: message }).int(message).min(min, message).max(max, message);

const searchParamsSchema = z.object({
  place: z.string({ required_error: messages.place }).trim().min(1, messages.place),
  radius: z.coerce
    .number({ invalid_type_error: messages.radius })
    .refine((km) => Number.isFinite(km) && km > 0 && km <= MAX_RADIUS_KM, messages.radius)
    .default(DEFAULT_DIRECTORY_RADIUS_KM),
  kind: z.enum(ORGANISATION_KINDS, { errorMap: () => ({ message: messages.kind }) }).optional(),
  category: z
    .enum(ORGANISATION_CATEGORIES as [string, ...string[]], {
      errorMap: () => ({ message: messages.category }),
    })
    .optional(),
  q: z.string().trim().max(SEARCH_QUERY_MAX_LENGTH, messages.q).default(""),
  openNow: z
    .enum(["true", "false"], { errorMap: () => ({ message: messages.openNow }) })
    .transform((value) => value === "true")
    .default("false"),
  page: wholeNumber(1, MAX_PAGE, messages.page).default(1),
  limit: wholeNumber(1, MAX_LIMIT, messages.limit).default(20),
});

/**
 * GET /api/v1/organisations?place=…&radius=10&kind=&category=&q=&openNow=true&page=&limit=:
 * the directory's listings around a place, nearest first, or best match
 * first when `q` has words (docs/api.md). Every parameter is checked before
 * anything is looked up.
 */
export const loader = apiLoader(async ({ request }) => {
  const url = new URL(request.url);
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (key in searchParamsSchema.shape && value !== "" && !(key in query)) query[key] = value;
  }
  const parsed = searchParamsSchema.safeParse(query);
  if (!parsed.success) return apiError(400, parsed.error.issues[0]?.message ?? messages.place);
  const params = parsed.data;
  const db = getDb();
  const place = params.place.length <= 200 ? getPlace(db, params.place) : undefined;
  if (!place) return apiError(404, "No place has this code or slug.");
  const result = await listOrganisationsForApi(
    db,
    getSearch().engine,
    {
      centre: { lat: place.lat, lng: place.lng },
      radiusKm: params.radius,
      kind: params.kind,
      category: params.category as (typeof ORGANISATION_CATEGORIES)[number] | undefined,
      q: params.q,
      openNow: params.openNow,
      page: params.page,
      limit: params.limit,
      at: new Date(),
    },
    url.origin,
  );
  return apiJson(result, { maxAgeSeconds: 60 });
});

export const action = methodNotAllowed;
