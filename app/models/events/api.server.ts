import type { AppDatabase } from "#db/client";
import { eventPath } from "#app/domain/events";
import { isoWithOffset } from "#app/domain/event-time";
import { getEvent } from "./events.server";
import { listOccurrences, type AgendaItem, type OccurrenceFilters } from "./occurrences.server";
import { registrationSummary } from "./registrations.server";

/** One occurrence as /api/v1/events gives it (docs/api.md): times with their local offset. */
function occurrenceForApi(db: AppDatabase, item: AgendaItem, origin: string) {
  const { event, occurrence } = item;
  const remaining =
    event.capacity === null ? null : registrationSummary(db, event, occurrence.key, null).remaining;
  return {
    id: event.id,
    title: event.title,
    url: `${origin}${eventPath(event, occurrence.key)}`,
    start: event.allDay
      ? occurrence.startLocal.slice(0, 10)
      : isoWithOffset(occurrence.startLocal, event.timezone),
    end: event.allDay
      ? occurrence.endLocal.slice(0, 10)
      : isoWithOffset(occurrence.endLocal, event.timezone),
    allDay: event.allDay,
    timezone: event.timezone,
    status: occurrence.status,
    category: event.category,
    organisation: item.organisation,
    place: item.place,
    distanceKm: item.distanceKm,
    capacity: event.capacity,
    remaining,
  };
}

export function listEventsForApi(db: AppDatabase, filters: OccurrenceFilters, origin: string) {
  return { events: listOccurrences(db, filters).map((item) => occurrenceForApi(db, item, origin)) };
}

/** One event with its series and its next occurrences (at most 50). */
export function eventForApi(db: AppDatabase, id: number, origin: string, now: Date) {
  const event = getEvent(db, id);
  if (!event) return null;
  const occurrences = listOccurrences(db, {
    eventIds: [id],
    from: now,
    to: new Date(now.getTime() + 400 * 86_400_000),
    limit: 50,
  }).map((item) => occurrenceForApi(db, item, origin));
  return {
    id: event.id,
    title: event.title,
    url: `${origin}${eventPath(event)}`,
    description: event.description,
    category: event.category,
    status: event.status,
    allDay: event.allDay,
    timezone: event.timezone,
    start: event.startLocal,
    end: event.endLocal,
    rrule: event.rrule,
    exdates: event.exdates,
    venue: event.venue,
    price: event.price,
    accessibility: event.accessibility,
    capacity: event.capacity,
    organisation: event.organisation
      ? { id: event.organisation.id, name: event.organisation.name }
      : null,
    place: event.place,
    occurrences,
  };
}
