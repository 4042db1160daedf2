import fs from "node:fs";
import path from "node:path";

/**
 * Every URL pattern of the app, read from app/routes as Remix's flat routes
 * read it (app/routes.ts): "q.$id.$slug" → /q/:id/:slug, "p.$slug_.moderation"
 * → /p/:slug/moderation, "robots[.]txt" → /robots.txt, "$" → a splat. The fuzz
 * sends requests to each, so a new route is fuzzed without being listed.
 */
export type RoutePattern = {
  /** The route module, relative to app/routes. */
  file: string;
  /** Segments: literal text, a `:param`, or `*` for a splat. */
  segments: string[];
  /** The module exports an action (takes writes); a loader-only route answers writes with 405. */
  takesWrites: boolean;
};

const routesDir = path.resolve(import.meta.dirname, "../../app/routes");

export function routePatterns(): RoutePattern[] {
  return fs
    .readdirSync(routesDir, { withFileTypes: true })
    .flatMap((entry) => {
      if (entry.isFile()) {
        if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
        return [{ name: entry.name.replace(/\.tsx?$/, ""), file: entry.name }];
      }
      const route = ["route.tsx", "route.ts"].find((file) =>
        fs.existsSync(path.join(routesDir, entry.name, file)),
      );
      return route ? [{ name: entry.name, file: `${entry.name}/${route}` }] : [];
    })
    .map(({ name, file }) => ({
      file,
      segments: segmentsOf(name),
      takesWrites: /export (const|async function|function) action\b/.test(
        fs.readFileSync(path.join(routesDir, file), "utf8"),
      ),
    }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** "p.$slug_.entraideurs" → ["p", ":slug", "entraideurs"]. */
export function segmentsOf(routeName: string): string[] {
  // Dots inside [brackets] are literal: split on the others.
  const parts = routeName.match(/(?:\[[^\]]*\]|[^.])+/g) ?? [];
  return parts
    .map((part) => part.replace(/\[([^\]]*)\]/g, "$1"))
    .filter((part) => part !== "_index" && !(part.startsWith("_") && part.length > 1))
    .map((part) => part.replace(/_$/, ""))
    .map((part) => (part === "$" ? "*" : part.startsWith("$") ? `:${part.slice(1)}` : part));
}

/** The pattern written as a path, for test titles: "/q/:id/:slug". */
export function patternPath(route: RoutePattern) {
  return `/${route.segments.join("/")}`;
}
