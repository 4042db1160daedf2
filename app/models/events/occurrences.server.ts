import { and, between, eq, inArray, type SQL } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { events, organisations, places } from "#db/schema";
import { boundingBox, haversineKm, type Point } from "#app/domain/geo";
import type { EventCategory } from "#app/domain/events";
import { expandOccurrences, type Occurrence } from "#app/domain/event-recurrence.server";
import { overridesOf } from "./events.server";

export type OccurrenceFilters = {
  from: Date;
  to: Date;
  centre?: Point;
  radiusKm?: number;
  category?: EventCategory | null;
  organisationId?: number | null;
  eventIds?: readonly number[];
  /** At most this many occurrences, the soonest first. */
  limit?: number;
};

export type AgendaItem = {
  event: {
    id: number;
    slug: string;
    title: string;
    category: EventCategory;
    venue: string | null;
    allDay: boolean;
    timezone: string;
    capacity: number | null;
    price: string | null;
    sequence: number;
    description: string;
    updatedAt: Date;
  };
  occurrence: Occurrence;
  /** SEQUENCE of this occurrence: the series' changes plus its own. */
  sequence: number;
  organisation: { id: number; name: string } | null;
  place: { code: string; name: string; slug: string };
  distanceKm: number | null;
};

/**
 * The occurrences in [from, to) of the events that match, soonest first:
 * the events are picked in SQL (box, category, listing), expanded on the
 * wall clock, then trimmed by exact distance. Agendas, feeds and the API
 * all read them here.
 */
export function listOccurrences(db: AppDatabase, filters: OccurrenceFilters): AgendaItem[] {
  const conditions: SQL[] = [];
  if (filters.centre && filters.radiusKm !== undefined) {
    const box = boundingBox(filters.centre, Math.max(filters.radiusKm, 0.5));
    conditions.push(between(events.lat, box.minLat, box.maxLat));
    conditions.push(between(events.lng, box.minLng, box.maxLng));
  }
  if (filters.category) conditions.push(eq(events.category, filters.category));
  if (filters.organisationId) conditions.push(eq(events.organisationId, filters.organisationId));
  if (filters.eventIds) conditions.push(inArray(events.id, [...filters.eventIds]));
  const rows = db
    .select({
      event: events,
      organisationName: organisations.name,
      placeCode: places.code,
      placeName: places.name,
      placeSlug: places.slug,
    })
    .from(events)
    .innerJoin(places, eq(places.id, events.placeId))
    .leftJoin(organisations, eq(organisations.id, events.organisationId))
    .where(and(...conditions))
    .all();
  const overrides = overridesOf(
    db,
    rows.map((row) => row.event.id),
  );
  const items: AgendaItem[] = [];
  for (const row of rows) {
    const distanceKm = filters.centre ? haversineKm(filters.centre, row.event) : null;
    // The commune itself counts at radius 0, whatever its size.
    if (distanceKm !== null && distanceKm > Math.max(filters.radiusKm ?? 0, 0.5)) continue;
    const ownOverrides = overrides.get(row.event.id) ?? [];
    const sequences = new Map(ownOverrides.map((o) => [o.occurrence, o.sequence]));
    for (const occurrence of expandOccurrences(row.event, filters.from, filters.to, ownOverrides)) {
      items.push({
        event: {
          id: row.event.id,
          slug: row.event.slug,
          title: row.event.title,
          category: row.event.category,
          venue: row.event.venue,
          allDay: row.event.allDay,
          timezone: row.event.timezone,
          capacity: row.event.capacity,
          price: row.event.price,
          sequence: row.event.sequence,
          description: row.event.description,
          updatedAt: row.event.updatedAt,
        },
        occurrence,
        sequence: row.event.sequence + (sequences.get(occurrence.key) ?? 0),
        organisation:
          row.event.organisationId !== null
            ? { id: row.event.organisationId, name: row.organisationName! }
            : null,
        place: { code: row.placeCode, name: row.placeName, slug: row.placeSlug },
        distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10,
      });
    }
  }
  items.sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime());
  return filters.limit ? items.slice(0, filters.limit) : items;
}
