import { eventForApi } from "#app/models/events/api.server";
import { apiError, apiJson, apiLoader, methodNotAllowed } from "#app/server/api.server";
import { getDb } from "#app/server/db.server";

const notFound = "No event has this id.";

/** GET /api/v1/events/:id: an event, its series (RRULE, EXDATEs) and its next occurrences. */
export const loader = apiLoader(({ request, params }) => {
  const id = params.id ?? "";
  if (!/^\d+$/.test(id)) return apiError(400, "id must be a whole number.");
  if (id.length > 12) return apiError(404, notFound);
  const event = eventForApi(getDb(), Number(id), new URL(request.url).origin, new Date());
  if (!event) return apiError(404, notFound);
  return apiJson(event, { maxAgeSeconds: 60 });
});

export const action = methodNotAllowed;
