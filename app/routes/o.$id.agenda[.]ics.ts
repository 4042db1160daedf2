import type { LoaderFunctionArgs } from "@remix-run/node";
import { FEED_MAX_OCCURRENCES } from "#app/domain/events";
import { listingSummary } from "#app/models/directory/claims.server";
import { calendarOf, calendarResponse, feedNotFound } from "#app/models/events/ical.server";
import { listOccurrences } from "#app/models/events/occurrences.server";
import { parsePostId } from "#app/models/questions/paths";
import { getDb } from "#app/server/db.server";

/** GET /o/:id/agenda.ics: a listing's future occurrences, for calendar apps. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const db = getDb();
  const id = parsePostId(params.id);
  const listing = Number.isSafeInteger(id) ? listingSummary(db, id) : null;
  if (!listing) throw feedNotFound("listing");
  const now = new Date();
  const items = listOccurrences(db, {
    organisationId: listing.id,
    from: now,
    to: new Date(now.getTime() + 400 * 86_400_000),
    limit: FEED_MAX_OCCURRENCES,
  });
  return calendarResponse(
    calendarOf(items, { name: listing.name, origin: url.origin, now }),
    `agenda-${listing.id}.ics`,
  );
}
