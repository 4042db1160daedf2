/**
 * JSON answers of the public read API (/api/v1). Errors are always
 * `{"error": "…"}` with a 4xx status, never an HTML page or a 500 for bad input.
 */
const API_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "X-Content-Type-Options": "nosniff",
};

export function apiJson(body: unknown, init: { status?: number; maxAgeSeconds?: number } = {}) {
  return Response.json(body, {
    status: init.status ?? 200,
    headers: {
      ...API_HEADERS,
      "Cache-Control": init.maxAgeSeconds ? `public, max-age=${init.maxAgeSeconds}` : "no-store",
    },
  });
}

export function apiError(status: number, message: string) {
  return apiJson({ error: message }, { status });
}

/** The read API takes no writes: any other method is refused with a JSON 405. */
export function methodNotAllowed() {
  return Response.json(
    { error: "Method not allowed: this endpoint is read-only (GET)." },
    { status: 405, headers: { ...API_HEADERS, Allow: "GET, HEAD" } },
  );
}
