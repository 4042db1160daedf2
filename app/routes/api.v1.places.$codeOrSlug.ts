import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import {
  DEFAULT_NEIGHBOUR_RADIUS_KM,
  getPlace,
  MAX_NEIGHBOUR_RADIUS_KM,
  neighbouringPlaces,
  placeForApi,
} from "#app/models/place.server";
import { apiError, apiJson, methodNotAllowed } from "#app/utils/api.server";
import { getDb } from "#app/utils/db.server";

const radiusMessage = `radius must be a number of kilometres above 0 and at most ${MAX_NEIGHBOUR_RADIUS_KM}.`;
const searchParamsSchema = z.object({
  radius: z.coerce
    .number({ invalid_type_error: radiusMessage })
    .finite(radiusMessage)
    .gt(0, radiusMessage)
    .max(MAX_NEIGHBOUR_RADIUS_KM, radiusMessage)
    .default(DEFAULT_NEIGHBOUR_RADIUS_KM),
});

const roundKm = (distanceKm: number) => Math.round(distanceKm * 100) / 100;

/** GET /api/v1/places/:codeOrSlug?radius=10: a place and its neighbours, nearest first. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  if (query.radius === "") delete query.radius;
  const parsed = searchParamsSchema.safeParse(query);
  if (!parsed.success) return apiError(400, parsed.error.issues[0]?.message ?? radiusMessage);
  const codeOrSlug = params.codeOrSlug ?? "";
  if (codeOrSlug.length > 200) return apiError(404, "No place has this code or slug.");
  const db = getDb();
  const place = getPlace(db, codeOrSlug);
  if (!place) return apiError(404, "No place has this code or slug.");
  const neighbours = neighbouringPlaces(db, place, parsed.data.radius).map((neighbour) => ({
    ...neighbour,
    distanceKm: roundKm(neighbour.distanceKm),
  }));
  return apiJson(
    {
      place: {
        ...placeForApi(place),
        departmentName: place.departmentName,
        parentCode: place.parentCode,
      },
      radiusKm: parsed.data.radius,
      neighbours,
    },
    { maxAgeSeconds: 3600 },
  );
}

export const action = methodNotAllowed;
