import { apiError, apiLoader, methodNotAllowed } from "#app/server/api.server";

/** Any other /api URL: a JSON 404, so apps never get an HTML page. */
export const loader = apiLoader(() => apiError(404, "No such API endpoint. See docs/api.md."));

export const action = methodNotAllowed;
