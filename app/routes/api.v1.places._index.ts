import { z } from "zod";
import {
  PLACE_SEARCH_MAX_LIMIT,
  placeForApi,
  searchPlaces,
} from "#app/models/places/places.server";
import { PLACE_QUERY_MAX_LENGTH } from "#app/domain/places";
import { apiError, apiJson, apiLoader, methodNotAllowed } from "#app/server/api.server";
import { getDb } from "#app/server/db.server";

const searchParamsSchema = z.object({
  q: z
    .string({ required_error: "q is required: a place name or postal code." })
    .trim()
    .min(1, "q must not be empty: a place name or postal code.")
    .max(PLACE_QUERY_MAX_LENGTH, `q must be at most ${PLACE_QUERY_MAX_LENGTH} characters.`),
  limit: z.coerce
    .number({
      invalid_type_error: `limit must be a whole number from 1 to ${PLACE_SEARCH_MAX_LIMIT}.`,
    })
    .int(`limit must be a whole number from 1 to ${PLACE_SEARCH_MAX_LIMIT}.`)
    .min(1, `limit must be a whole number from 1 to ${PLACE_SEARCH_MAX_LIMIT}.`)
    .max(
      PLACE_SEARCH_MAX_LIMIT,
      `limit must be a whole number from 1 to ${PLACE_SEARCH_MAX_LIMIT}.`,
    )
    .default(10),
});

/** GET /api/v1/places?q=…&limit=…: places by name prefix or postal code, best first. */
export const loader = apiLoader(({ request }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  if (params.limit === "") delete params.limit;
  const parsed = searchParamsSchema.safeParse(params);
  if (!parsed.success)
    return apiError(400, parsed.error.issues[0]?.message ?? "Invalid parameters.");
  const places = searchPlaces(getDb(), parsed.data.q, parsed.data.limit);
  return apiJson({ places: places.map(placeForApi) }, { maxAgeSeconds: 3600 });
});

export const action = methodNotAllowed;
