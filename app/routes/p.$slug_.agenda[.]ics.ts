import type { LoaderFunctionArgs } from "@remix-run/node";
import { FEED_MAX_OCCURRENCES } from "#app/domain/events";
import { agendaFilters } from "#app/models/events/agenda-page.server";
import { calendarOf, calendarResponse, feedNotFound } from "#app/models/events/ical.server";
import { listOccurrences } from "#app/models/events/occurrences.server";
import { getPlace } from "#app/models/places/places.server";
import { getDb } from "#app/server/db.server";

/** GET /p/:slug/agenda.ics?radius=&categorie=: the place's future occurrences, for calendar apps. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const db = getDb();
  const place = getPlace(db, params.slug ?? "");
  if (!place) throw feedNotFound("place");
  const filters = agendaFilters(url);
  const now = new Date();
  const items = listOccurrences(db, {
    centre: { lat: place.lat, lng: place.lng },
    radiusKm: filters.radiusKm,
    category: filters.category,
    from: now,
    to: new Date(now.getTime() + 400 * 86_400_000),
    limit: FEED_MAX_OCCURRENCES,
  });
  return calendarResponse(
    calendarOf(items, { name: `Agenda · ${place.name}`, origin: url.origin, now }),
    `agenda-${place.slug}.ics`,
  );
}
