import type { LoaderFunctionArgs } from "@remix-run/node";
import { isMonth } from "#app/domain/partners";
import { parisDay } from "#app/i18n/format";
import { ambassadorPlaces } from "#app/models/members/staff-roles.server";
import { monthlyStatement, statementCsv } from "#app/models/directory/partnership-statement.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { notFound } from "#app/server/not-found.server";
import { refusalPage } from "#app/models/refusal-message";
import { getTranslator } from "#app/server/locale.server";

/**
 * GET /ambassadeur/partenariats.csv?mois=2026-12: the month's statement of
 * the ambassador's partnerships (an admin's: everyone's), one row each,
 * prorated by the days active (ADR 020). A download, never cached.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  if (!user.isAdmin && ambassadorPlaces(db, user).length === 0) {
    throw refusalPage((await getTranslator(request)).t, { reason: "not-partnership-staff" });
  }
  const asked = new URL(request.url).searchParams.get("mois");
  const month = asked ?? parisDay(new Date()).slice(0, 7);
  if (!isMonth(month)) {
    // A month the page's picker never sends: the site's own 404, not plain text.
    throw notFound();
  }
  return new Response(statementCsv(monthlyStatement(db, user, month)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="partenariats-${month}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
