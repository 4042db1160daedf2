import { z } from "zod";
import {
  DEFAULT_NEIGHBOUR_RADIUS_KM,
  getPlace,
  MAX_NEIGHBOUR_RADIUS_KM,
  neighbouringPlaces,
  placeForApi,
} from "#app/models/places/places.server";
import { apiError, apiJson, apiLoader, methodNotAllowed } from "#app/server/api.server";
import { getDb } from "#app/server/db.server";

const MAX_NEIGHBOURS = 500;
const radiusMessage = `radius must be a number of kilometres above 0 and at most ${MAX_NEIGHBOUR_RADIUS_KM}.`;
const limitMessage = `limit must be a whole number from 1 to ${MAX_NEIGHBOURS}.`;
const searchParamsSchema = z.object({
  radius: z.coerce
    .number({ invalid_type_error: radiusMessage })
    .finite(radiusMessage)
    .gt(0, radiusMessage)
    .max(MAX_NEIGHBOUR_RADIUS_KM, radiusMessage)
    .default(DEFAULT_NEIGHBOUR_RADIUS_KM),
  limit: z.coerce
    .number({ invalid_type_error: limitMessage })
    .int(limitMessage)
    .min(1, limitMessage)
    .max(MAX_NEIGHBOURS, limitMessage)
    .default(100),
});

const roundKm = (distanceKm: number) => Math.round(distanceKm * 100) / 100;

/** GET /api/v1/places/:codeOrSlug?radius=10&limit=100: a place and its neighbours, nearest first. */
export const loader = apiLoader(({ request, params }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  for (const key of ["radius", "limit"]) if (query[key] === "") delete query[key];
  const parsed = searchParamsSchema.safeParse(query);
  if (!parsed.success) return apiError(400, parsed.error.issues[0]?.message ?? radiusMessage);
  const codeOrSlug = params.codeOrSlug ?? "";
  if (codeOrSlug.length > 200) return apiError(404, "No place has this code or slug.");
  const db = getDb();
  const place = getPlace(db, codeOrSlug);
  if (!place) return apiError(404, "No place has this code or slug.");
  const neighbours = neighbouringPlaces(db, place, parsed.data.radius);
  return apiJson(
    {
      place: {
        ...placeForApi(place),
        parentCode: place.parentCode,
      },
      radiusKm: parsed.data.radius,
      neighbourCount: neighbours.length,
      neighbours: neighbours.slice(0, parsed.data.limit).map((neighbour) => ({
        ...neighbour,
        distanceKm: roundKm(neighbour.distanceKm),
      })),
    },
    { maxAgeSeconds: 3600 },
  );
});

export const action = methodNotAllowed;
