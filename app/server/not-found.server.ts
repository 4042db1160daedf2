import { data } from "@remix-run/node";
import type { MissingThing } from "#app/domain/not-found";

/**
 * A 404 for a loader or action to throw: the root ErrorBoundary renders it
 * as a page in the reader's language, titled after what was missing. Never a
 * bare `new Response("… not found")`, which reaches the browser as plain
 * English text from a route without a page.
 */
export function notFound(what: MissingThing = "page") {
  return data({ notFound: what }, { status: 404, headers: { "Cache-Control": "no-store" } });
}
