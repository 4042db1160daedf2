import { organisationForApi } from "#app/models/directory/api.server";
import { apiError, apiJson, apiLoader, methodNotAllowed } from "#app/server/api.server";
import { getDb } from "#app/server/db.server";

const notFound = "No organisation has this id.";

/**
 * GET /api/v1/organisations/:id: one listing as its page shows it to a
 * visitor, with its point (the commune's centre, `approximate`, unless the
 * premises are public), opening hours, deals and the answers recommending it.
 */
export const loader = apiLoader(({ request, params }) => {
  const id = params.id ?? "";
  if (!/^\d+$/.test(id)) return apiError(400, "id must be a whole number.");
  if (id.length > 12) return apiError(404, notFound);
  const origin = new URL(request.url).origin;
  const organisation = organisationForApi(getDb(), Number(id), new Date(), origin);
  if (!organisation) return apiError(404, notFound);
  return apiJson(organisation, { maxAgeSeconds: 60 });
});

export const action = methodNotAllowed;
