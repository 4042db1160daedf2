import { z } from "zod";
import { NEWS_READER_RADII_KM } from "#app/domain/news";
import { newsForApi } from "#app/models/news/api.server";
import { apiError, apiJson, apiLoader, methodNotAllowed } from "#app/server/api.server";
import { getDb } from "#app/server/db.server";

const messages = {
  place: "place is required: an INSEE code or a place slug.",
  radius: `radius must be one of ${NEWS_READER_RADII_KM.join(", ")} (kilometres).`,
};

const searchParamsSchema = z.object({
  place: z.string({ required_error: messages.place }).trim().min(1, messages.place).max(200),
  radius: z.coerce
    .number({ invalid_type_error: messages.radius })
    .refine((km) => (NEWS_READER_RADII_KM as readonly number[]).includes(km), messages.radius)
    .default(10),
});

/**
 * GET /api/v1/news?place=…&radius=10: the latest published news of a place
 * and its neighbours (ADR 027, docs/api.md), newest first, at most 50.
 */
export const loader = apiLoader(async ({ request }) => {
  const url = new URL(request.url);
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (key in searchParamsSchema.shape && value !== "" && !(key in query)) query[key] = value;
  }
  const parsed = searchParamsSchema.safeParse(query);
  if (!parsed.success) return apiError(400, parsed.error.issues[0]?.message ?? messages.place);
  const result = newsForApi(getDb(), parsed.data.place, parsed.data.radius, url.origin);
  if (!result) return apiError(404, "No place has this code or slug.");
  return apiJson(result, { maxAgeSeconds: 60 });
});

export const action = methodNotAllowed;
