import type { LoaderFunctionArgs } from "@remix-run/node";
import { isMonth } from "#app/domain/partners";
import { parisDay } from "#app/i18n/format";
import { ambassadorPlaces } from "#app/models/members/staff-roles.server";
import { monthlyStatement, statementCsv } from "#app/models/directory/partnership-statement.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";

/**
 * GET /ambassadeur/partenariats.csv?mois=2026-12: the month's statement of
 * the ambassador's partnerships (an admin's: everyone's), one row each,
 * prorated by the days active (ADR 020). A download, never cached.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  if (!user.isAdmin && ambassadorPlaces(db, user).length === 0) {
    throw new Response("Forbidden", { status: 403 });
  }
  const asked = new URL(request.url).searchParams.get("mois");
  const month = asked ?? parisDay(new Date()).slice(0, 7);
  if (!isMonth(month)) {
    return new Response("mois=AAAA-MM", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(statementCsv(monthlyStatement(db, user, month)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="partenariats-${month}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
