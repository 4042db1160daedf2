import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLocalDateTime } from "#app/domain/event-time";
import { getEvent } from "#app/models/events/events.server";
import { calendarOf, calendarResponse, feedNotFound } from "#app/models/events/ical.server";
import { listOccurrences } from "#app/models/events/occurrences.server";
import { occurrenceOf } from "#app/models/events/registrations.server";
import { parsePostId } from "#app/models/questions/paths";
import { getDb } from "#app/server/db.server";

/**
 * GET /e/:id/agenda.ics?date=…: one occurrence, for « Ajouter à mon agenda »;
 * without `date`, the event's future occurrences (a feed of the series).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const id = parsePostId(params.id);
  const db = getDb();
  const event = Number.isSafeInteger(id) ? getEvent(db, id) : null;
  if (!event) throw feedNotFound();
  const date = url.searchParams.get("date");
  const now = new Date();
  const occurrence = isLocalDateTime(date) ? occurrenceOf(event, date) : null;
  if (date !== null && !occurrence) throw feedNotFound();
  const items = listOccurrences(db, {
    eventIds: [event.id],
    from: occurrence ? new Date(occurrence.start.getTime() - 1) : now,
    to: occurrence
      ? new Date(occurrence.end.getTime() + 1)
      : new Date(now.getTime() + 400 * 86_400_000),
  }).filter((item) => !occurrence || item.occurrence.key === occurrence.key);
  return calendarResponse(
    calendarOf(items, { name: event.title, origin: url.origin, now }),
    `${event.slug}.ics`,
  );
}
