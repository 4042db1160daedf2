import type { LoaderFunctionArgs } from "@remix-run/node";

/**
 * The public read API (/api/v1) answers JSON only: data, or `{"error": "…"}`
 * with a 4xx status. Never an HTML page, never a 500 for bad input.
 */
const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Max-Age": "86400",
};

export function apiJson(body: unknown, init: { status?: number; maxAgeSeconds?: number } = {}) {
  return Response.json(body, {
    status: init.status ?? 200,
    headers: {
      ...CORS_HEADERS,
      "Cache-Control": init.maxAgeSeconds ? `public, max-age=${init.maxAgeSeconds}` : "no-store",
    },
  });
}

export function apiError(status: number, message: string) {
  return apiJson({ error: message }, { status });
}

/**
 * Wraps an API loader: answers CORS preflights, and turns an unexpected
 * failure into a JSON 500 (logged) instead of an HTML error page.
 */
export function apiLoader(handler: (args: LoaderFunctionArgs) => Response | Promise<Response>) {
  return async (args: LoaderFunctionArgs) => {
    if (args.request.method === "OPTIONS") {
      return new Response(null, { status: 204, headers: CORS_HEADERS });
    }
    try {
      return await handler(args);
    } catch (error) {
      console.error(`API error on ${args.request.url}`, error);
      return apiError(500, "Internal error: please try again later.");
    }
  };
}

/** The read API takes no writes: any other method is refused with a JSON 405. */
export function methodNotAllowed() {
  const response = apiError(405, "Method not allowed: this endpoint is read-only (GET).");
  response.headers.set("Allow", "GET, HEAD, OPTIONS");
  return response;
}
