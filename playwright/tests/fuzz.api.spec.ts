import { randomInt } from "node:crypto";
import { appendFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "#playwright/fixtures";
import { sendRaw } from "#playwright/fuzz/http";
import { requestArb, toRawRequest, type RequestSpec } from "#playwright/fuzz/requests";
import { patternPath, routePatterns, type RoutePattern } from "#playwright/fuzz/routes";
import { createWorld, type Role } from "#playwright/fuzz/world";

/**
 * No input makes a 5xx (issue 13): generated requests to every route of
 * app/routes, as a visitor, a member and (where staff act) staff, against
 * the built production server. Bodies (forms, broken multipart, JSON, text,
 * binary, huge fields, many fields), headers (content types, cookies, Origin,
 * encodings), paths (generated params, percent-encodings, control characters,
 * long segments) and query strings. Any answer ≥ 500, or none, fails with the
 * request fast-check shrank it to.
 *
 * `npm test` sends FUZZ_RUNS (default 6) requests per route and role;
 * `npm run test:fuzz` sends 300 or more (scripts/fuzz.ts). FUZZ_SEED replays
 * a run; FUZZ_TRACE=file logs every request before it is sent. Each worker's requests come from their own X-Forwarded-For range, so
 * the rate limits they meet (429 is an answer like any other) are theirs.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** A file to log each request to before it is sent: what was in flight when the server hung. */
const TRACE = process.env.FUZZ_TRACE;
const port = Number(process.env.E2E_PORT ?? 3123);
// 100.64.0.0/10 (shared address space): no other spec sends from there.
const ipPrefix = `100.${64 + randomInt(64)}`;

/** Remix's own endpoint for route discovery, not a file in app/routes. */
const manifest: RoutePattern = { file: "(Remix)", segments: ["__manifest"], takesWrites: false };

/** Where staff can do more than members: the pages and actions of roles. */
const STAFF_ROUTES =
  /^\/(admin|ambassadeur|moderation|p\/:slug\/moderation|m\/:id|q\/:id|reponses\/:id|signaler)/;

function rolesFor(route: RoutePattern): Role[] {
  return STAFF_ROUTES.test(patternPath(route))
    ? ["visitor", "member", "staff"]
    : ["visitor", "member"];
}

test.describe.configure({ mode: "parallel" });

for (const route of [...routePatterns(), manifest]) {
  for (const role of rolesFor(route)) {
    test(`no 5xx: ${patternPath(route)} as ${role}`, async () => {
      // A generous bound: a 1 MB body takes a while on a loaded two-core machine.
      test.setTimeout(60_000 + RUNS * 3_000);
      const world = createWorld(role);
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(requestArb(route, world, { port, ipPrefix }), async (spec) => {
          if (TRACE) appendFileSync(TRACE, `${test.info().title}: ${JSON.stringify(spec)}\n`);
          const response = await sendRaw(port, toRawRequest(spec)).catch((error: Error) => {
            throw new Error(`${describe(spec)}\n${error.message}`);
          });
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status >= 500) {
            throw new Error(
              `${response.status} for ${describe(spec)}\n--- answer ---\n${response.head}`,
            );
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: false },
      );
      test.info().annotations.push({
        type: "statuses",
        description: [...statuses].map(([status, count]) => `${status}×${count}`).join(" "),
      });
      expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(RUNS);
    });
  }
}

/** The request in one line: what to replay by hand. */
function describe(spec: RequestSpec) {
  const raw = toRawRequest(spec);
  const body =
    raw.body.length > 300
      ? `${raw.body.length} bytes`
      : JSON.stringify(raw.body.toString("latin1"));
  return `${raw.method} ${JSON.stringify(raw.target.slice(0, 500))} ${JSON.stringify(raw.headers)} body ${body}`;
}
