import { z } from "zod";
import { DEFAULT_AGENDA_RADIUS_KM, EVENT_CATEGORIES } from "#app/domain/events";
import { listEventsForApi } from "#app/models/events/api.server";
import { getPlace } from "#app/models/places/places.server";
import { apiError, apiJson, apiLoader, methodNotAllowed } from "#app/server/api.server";
import { getDb } from "#app/server/db.server";

const MAX_RADIUS_KM = 100;
const MAX_DAYS = 366;
const DAY = 86_400_000;

const messages = {
  place: "place (an INSEE code or a place slug) or organisation is required.",
  radius: `radius must be a number of kilometres from 0 to ${MAX_RADIUS_KM}.`,
  date: "from and to must be ISO 8601 dates or date-times.",
  window: `to must come after from, at most ${MAX_DAYS} days later.`,
  category: `category must be one of ${EVENT_CATEGORIES.join(", ")}.`,
  organisation: "organisation must be a listing id.",
};

const isoDate = z
  .string()
  .max(40)
  .refine(
    (value) => /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)),
    messages.date,
  )
  .transform((value) => new Date(value));

const searchParamsSchema = z.object({
  place: z.string().trim().min(1).max(200).optional(),
  radius: z.coerce
    .number({ invalid_type_error: messages.radius })
    .refine((km) => Number.isFinite(km) && km >= 0 && km <= MAX_RADIUS_KM, messages.radius)
    .default(DEFAULT_AGENDA_RADIUS_KM),
  from: isoDate.optional(),
  to: isoDate.optional(),
  category: z
    .enum(EVENT_CATEGORIES, { errorMap: () => ({ message: messages.category }) })
    .optional(),
  organisation: z.coerce
    .number({ invalid_type_error: messages.organisation })
    .int(messages.organisation)
    .positive(messages.organisation)
    .max(Number.MAX_SAFE_INTEGER, messages.organisation)
    .optional(),
});

/**
 * GET /api/v1/events?place=&radius=&from=&to=&category=&organisation=: one
 * item per occurrence in the window (the next 30 days by default), soonest
 * first, with times in ISO 8601 and their local offset (docs/api.md).
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
  if (!params.place && !params.organisation) return apiError(400, messages.place);
  const from = params.from ?? new Date();
  const to = params.to ?? new Date(from.getTime() + 30 * DAY);
  if (to <= from || to.getTime() - from.getTime() > MAX_DAYS * DAY) {
    return apiError(400, messages.window);
  }
  const db = getDb();
  const place = params.place ? getPlace(db, params.place) : undefined;
  if (params.place && !place) return apiError(404, "No place has this code or slug.");
  const result = listEventsForApi(
    db,
    {
      ...(place ? { centre: { lat: place.lat, lng: place.lng }, radiusKm: params.radius } : {}),
      organisationId: params.organisation ?? null,
      category: params.category ?? null,
      from,
      to,
      limit: 500,
    },
    url.origin,
  );
  return apiJson(result, { maxAgeSeconds: 60 });
});

export const action = methodNotAllowed;
