import type { ActionFunctionArgs } from "@remix-run/node";
import { describeCspReport } from "#app/server/csp-report.server";
import { getDb } from "#app/server/db.server";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { clientIp } from "#app/server/request.server";

function reply(status: number, error: string, headers: Record<string, string> = {}) {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/**
 * POST /csp-report: where browsers report what the Content-Security-Policy
 * blocked (security-headers.server.ts names it). Each violation is logged as
 * one line. The front door keeps the body small (64 KB) and JSON-typed;
 * rate-limited per IP, so a noisy page or a script cannot flood the log.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  if (request.method !== "POST") return reply(405, "Method not allowed: POST a report.");
  const limit = hitRateLimit(
    getDb(),
    `csp-report:ip:${clientIp(context)}`,
    RATE_LIMITS.cspReportPerIp,
  );
  if (!limit.allowed) {
    return reply(429, "Too many reports.", { "Retry-After": String(limit.retryAfterSeconds) });
  }
  let lines: string[] | null;
  try {
    lines = describeCspReport(await request.text());
  } catch {
    // The client went away mid-body.
    return reply(400, "Incomplete report.");
  }
  if (!lines) return reply(400, "Not a CSP violation report.");
  for (const line of lines) console.warn(line);
  return new Response(null, { status: 204 });
}

export function loader() {
  return reply(405, "Method not allowed: browsers POST their reports here.", { Allow: "POST" });
}
