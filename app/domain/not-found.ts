/**
 * What a 404 was looking for, so the error page can say it in its title:
 * « Question introuvable · Coup de main » rather than a bare "Not found".
 * Loaders throw `notFound(what)` (app/server/not-found.server.ts); the root
 * ErrorBoundary and its title read it back with `missingThing`.
 */
export const MISSING_THINGS = [
  "page",
  "question",
  "answer",
  "place",
  "member",
  "conversation",
  "notification",
  "listing",
] as const;

export type MissingThing = (typeof MISSING_THINGS)[number];

/** The thing a thrown 404's data names, or "page". */
export function missingThing(data: unknown): MissingThing {
  const what = (data as { notFound?: unknown } | null)?.notFound;
  return (MISSING_THINGS as readonly unknown[]).includes(what) ? (what as MissingThing) : "page";
}
