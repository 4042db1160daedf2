import { sql } from "drizzle-orm";
import { getDb } from "#app/server/db.server";
import { searchHealth } from "#app/server/search.server";
import { methodNotAllowed } from "#app/server/api.server";

/** GET /healthz: for load balancers and uptime checks. */
export function loader() {
  try {
    const db = getDb();
    db.get(sql`SELECT 1`);
    return Response.json(
      { ok: true, db: "ok", search: searchHealth(db) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    console.error("healthz: database check failed", error);
    return Response.json(
      { ok: false, db: "error" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}

export const action = methodNotAllowed;
