import { SCHEMA_ORG_STATUS, eventPath } from "#app/domain/events";
import { isLocalDateTime, isoWithOffset } from "#app/domain/event-time";
import { getEvent, mayEditEvent, type EventRecord } from "#app/models/events/events.server";
import { listOccurrences, type AgendaItem } from "#app/models/events/occurrences.server";
import {
  occurrenceOf,
  registrationList,
  registrationSummary,
} from "#app/models/events/registrations.server";
import { googleCalendarUrl } from "#app/models/events/ical.server";
import { loadActor } from "#app/models/members/privileges.server";
import type { AppDatabase } from "#db/client";

const DAY = 86_400_000;

/** The occurrence the page shows: `?date=`, else the next one to end, else the last. */
function chosenOccurrence(db: AppDatabase, event: EventRecord, date: string | null, now: Date) {
  if (date && isLocalDateTime(date)) return occurrenceOf(event, date);
  const next = listOccurrences(db, {
    eventIds: [event.id],
    from: now,
    to: new Date(now.getTime() + 400 * DAY),
    limit: 1,
  })[0];
  if (next) return next.occurrence;
  const past = listOccurrences(db, {
    eventIds: [event.id],
    from: new Date(0),
    to: now,
  });
  return past.at(-1)?.occurrence ?? null;
}

/** What /e/:id/:slug shows, for one occurrence; null when there is no such event or date. */
export function eventPageData(
  db: AppDatabase,
  eventId: number,
  options: { date: string | null; viewerId: string | null; origin: string; now: Date },
) {
  const event = getEvent(db, eventId);
  if (!event) return null;
  const occurrence = chosenOccurrence(db, event, options.date, options.now);
  if (!occurrence) return null;
  const actor = options.viewerId ? loadActor(db, options.viewerId) : null;
  const canManage = Boolean(actor && mayEditEvent(db, actor, event));
  const summary = registrationSummary(db, event, occurrence.key, options.viewerId);
  const item: AgendaItem = {
    event: { ...event },
    occurrence,
    sequence: event.sequence,
    organisation: event.organisation,
    place: event.place,
    distanceKm: null,
  };
  const others = event.rrule
    ? listOccurrences(db, {
        eventIds: [event.id],
        from: options.now,
        to: new Date(options.now.getTime() + 120 * DAY),
        limit: 7,
      })
        .filter((other) => other.occurrence.key !== occurrence.key)
        .slice(0, 6)
        .map((other) => ({
          key: other.occurrence.key,
          start: other.occurrence.start.toISOString(),
          status: other.occurrence.status,
          path: eventPath(event, other.occurrence.key),
        }))
    : [];
  const url = `${options.origin}${eventPath(event, event.rrule ? occurrence.key : null)}`;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    description: event.description.slice(0, 500),
    url,
    startDate: event.allDay
      ? occurrence.startLocal.slice(0, 10)
      : isoWithOffset(occurrence.startLocal, event.timezone),
    endDate: event.allDay
      ? occurrence.endLocal.slice(0, 10)
      : isoWithOffset(occurrence.endLocal, event.timezone),
    eventStatus: SCHEMA_ORG_STATUS[occurrence.status],
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: {
      "@type": "Place",
      name: event.venue ?? event.place.name,
      address: {
        "@type": "PostalAddress",
        addressLocality: event.place.name,
        addressCountry: "FR",
      },
    },
    organizer: event.organisation
      ? {
          "@type": "Organization",
          name: event.organisation.name,
          url: `${options.origin}/o/${event.organisation.id}/${event.organisation.slug}`,
        }
      : { "@type": "Organization", name: `Coup de main · ${event.place.name}` },
    offers: {
      "@type": "Offer",
      price: event.price ? event.price : "0",
      priceCurrency: "EUR",
      url,
      availability:
        summary.remaining === 0 ? "https://schema.org/SoldOut" : "https://schema.org/InStock",
    },
    ...(event.capacity !== null
      ? {
          maximumAttendeeCapacity: event.capacity,
          remainingAttendeeCapacity: summary.remaining,
        }
      : {}),
  };
  return {
    event: {
      id: event.id,
      slug: event.slug,
      title: event.title,
      descriptionHtml: event.descriptionHtml,
      category: event.category,
      venue: event.venue,
      allDay: event.allDay,
      price: event.price,
      accessibility: event.accessibility,
      capacity: event.capacity,
      recurring: Boolean(event.rrule),
      seriesStatus: event.status,
      organisation: event.organisation,
      place: event.place,
    },
    occurrence: {
      key: occurrence.key,
      start: occurrence.start.toISOString(),
      end: occurrence.end.toISOString(),
      status: occurrence.status,
      past: occurrence.end <= options.now,
    },
    summary,
    others,
    canManage,
    registrations: canManage ? registrationList(db, event.id, occurrence.key) : [],
    icsPath: `/e/${event.id}/agenda.ics?date=${encodeURIComponent(occurrence.key)}`,
    googleUrl: googleCalendarUrl(item, options.origin),
    canonicalUrl: url,
    path: eventPath(event, options.date ? occurrence.key : null),
    jsonLd,
  };
}
