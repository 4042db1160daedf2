import { sql } from "drizzle-orm";
import { getDb } from "#app/utils/db.server";
import { getSearchEngine } from "#app/utils/search.server";
import { outboxLag } from "#search/meilisearch/relay";
import { methodNotAllowed } from "#app/utils/api.server";

/** GET /healthz: for load balancers and uptime checks. */
export function loader() {
  try {
    const db = getDb();
    db.get(sql`SELECT 1`);
    const engine = getSearchEngine().name;
    // The Meilisearch outbox: how many questions wait to be sent, and since when.
    const search = engine === "meilisearch" ? { engine, outbox: outboxLag(db) } : { engine };
    return Response.json(
      { ok: true, db: "ok", search },
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
