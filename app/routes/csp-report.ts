import { describeCspReport } from "#app/server/csp-report.server";
import { defineAction } from "#app/server/actions.server";

function reply(status: number, error: string, headers: Record<string, string> = {}) {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/**
 * POST /csp-report: where browsers report what the Content-Security-Policy
 * blocked (security-headers.server.ts names it). Each violation is logged as
 * one line. The front door keeps the body small (64 KB) and JSON-typed;
 * rate-limited per IP (ACTION_LIMITS.cspReport), so a noisy page or a script
 * cannot flood the log. The body is a report, not a form: read here.
 */
export const action = defineAction(
  { limit: "cspReport", body: "ignored", reply: "json" },
  async ({ request }) => {
    if (request.method !== "POST") return reply(405, "Method not allowed: POST a report.");
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
  },
);

export function loader() {
  return reply(405, "Method not allowed: browsers POST their reports here.", { Allow: "POST" });
}
