import { and, eq, inArray, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { eventOverrides, eventRegistrations, events, organisations, places } from "#db/schema";
import { addressIsShown } from "#app/domain/directory";
import { eventSlug, type EventCategory, type EventStatus } from "#app/domain/events";
import {
  isOccurrenceOf,
  parseRrule,
  type OccurrenceOverride,
} from "#app/domain/event-recurrence.server";
import { EVENT_TIMEZONE, type LocalDateTime } from "#app/domain/event-time";
import { renderMarkdown } from "#app/domain/markdown.server";
import type { Actor } from "#app/models/members/privileges.server";
import { isManager } from "#app/models/directory/claims.server";
import { notify } from "#app/models/notifications/notify.server";
import { refused, type Outcome } from "#app/models/refusals";

/*
 * Events and series (ADR 026): who publishes them, their edits, one
 * occurrence changed alone, and cancellations, which tell those registered.
 */

export type EventInput = {
  title: string;
  description: string;
  category: EventCategory;
  /** The organising listing, or null for a verified neighbour's event in `placeId`. */
  organisationId: number | null;
  placeId: number;
  venue: string | null;
  startLocal: LocalDateTime;
  endLocal: LocalDateTime;
  allDay: boolean;
  rrule: string | null;
  exdates: LocalDateTime[];
  price: string | null;
  accessibility: string | null;
  capacity: number | null;
};

/** Whether `actor` may publish for this listing (its managers), or as a neighbour (verified). */
export function mayOrganise(db: AppDatabase, actor: Actor, organisationId: number | null) {
  if (actor.suspendedUntil && actor.suspendedUntil > new Date()) return false;
  if (organisationId === null) return actor.verifiedNeighbour;
  return actor.isAdmin || isManager(db, actor.id, organisationId);
}

/** Whether `actor` may edit the event: its listing's managers, or its author. */
export function mayEditEvent(
  db: AppDatabase,
  actor: Actor,
  event: { organisationId: number | null; authorId: string | null },
) {
  if (event.organisationId !== null) return mayOrganise(db, actor, event.organisationId);
  return actor.isAdmin || (event.authorId === actor.id && mayOrganise(db, actor, null));
}

/**
 * Where the event is shown on the map: the listing's premises when they are
 * public, else the commune's centre; never a member's home.
 */
function pointOf(db: AppDatabase, input: EventInput) {
  if (input.organisationId !== null) {
    const listing = db
      .select({
        placeId: organisations.placeId,
        lat: organisations.lat,
        lng: organisations.lng,
        addressPublic: organisations.addressPublic,
        soleTrader: organisations.soleTrader,
        claimedAt: organisations.claimedAt,
        approximate: organisations.approximate,
      })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId))
      .get();
    if (!listing) return null;
    const precise =
      !listing.approximate &&
      addressIsShown({
        addressPublic: listing.addressPublic,
        soleTrader: listing.soleTrader,
        claimed: listing.claimedAt != null,
      });
    if (precise) return { placeId: listing.placeId, lat: listing.lat, lng: listing.lng };
    input = { ...input, placeId: listing.placeId };
  }
  const place = db
    .select({ id: places.id, lat: places.lat, lng: places.lng })
    .from(places)
    .where(eq(places.id, input.placeId))
    .get();
  return place ? { placeId: place.id, lat: place.lat, lng: place.lng } : null;
}

function columnsOf(input: EventInput) {
  return {
    title: input.title,
    slug: eventSlug(input.title),
    description: input.description,
    descriptionHtml: renderMarkdown(input.description),
    category: input.category,
    venue: input.venue,
    startLocal: input.startLocal,
    endLocal: input.endLocal,
    allDay: input.allDay,
    rrule: input.rrule,
    exdates: input.exdates,
    price: input.price,
    accessibility: input.accessibility,
    capacity: input.capacity,
  };
}

export function createEvent(
  db: AppDatabase,
  actor: Actor,
  input: EventInput,
): Outcome<{ id: number; slug: string }> {
  if (!mayOrganise(db, actor, input.organisationId)) {
    return refused({ reason: "event-organiser-only" });
  }
  if (input.rrule && !parseRrule(input.rrule)) return refused({ reason: "event-bad-rrule" });
  const point = pointOf(db, input);
  if (!point) return refused({ reason: "not-found" });
  const row = db
    .insert(events)
    .values({
      ...columnsOf(input),
      ...point,
      organisationId: input.organisationId,
      authorId: actor.id,
      timezone: EVENT_TIMEZONE,
    })
    .returning({ id: events.id, slug: events.slug })
    .get();
  return { ok: true, ...row };
}

/** Edits the whole series; SEQUENCE grows so calendars take the change. */
export function updateEvent(
  db: AppDatabase,
  actor: Actor,
  eventId: number,
  input: Omit<EventInput, "organisationId">,
): Outcome<{ id: number; slug: string }> {
  const event = getEvent(db, eventId);
  if (!event) return refused({ reason: "not-found" });
  if (!mayEditEvent(db, actor, event)) return refused({ reason: "event-organiser-only" });
  if (input.rrule && !parseRrule(input.rrule)) return refused({ reason: "event-bad-rrule" });
  const point = pointOf(db, { ...input, organisationId: event.organisationId });
  if (!point) return refused({ reason: "not-found" });
  const row = db
    .update(events)
    .set({
      ...columnsOf({ ...input, organisationId: event.organisationId }),
      ...point,
      sequence: sql`${events.sequence} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(events.id, eventId))
    .returning({ id: events.id, slug: events.slug })
    .get()!;
  return { ok: true, ...row };
}

/** The event with its organiser and commune, or null. */
export function getEvent(db: AppDatabase, eventId: number) {
  const row = db
    .select({
      event: events,
      organisationName: organisations.name,
      organisationSlug: organisations.slug,
      placeCode: places.code,
      placeName: places.name,
      placeSlug: places.slug,
    })
    .from(events)
    .innerJoin(places, eq(places.id, events.placeId))
    .leftJoin(organisations, eq(organisations.id, events.organisationId))
    .where(eq(events.id, eventId))
    .get();
  if (!row) return null;
  return {
    ...row.event,
    organisation:
      row.event.organisationId !== null
        ? { id: row.event.organisationId, name: row.organisationName!, slug: row.organisationSlug! }
        : null,
    place: { code: row.placeCode, name: row.placeName, slug: row.placeSlug },
    overrides: overridesOf(db, [eventId]).get(eventId) ?? [],
  };
}

export type EventRecord = NonNullable<ReturnType<typeof getEvent>>;

/** The overrides of some events, by event. */
export function overridesOf(db: AppDatabase, eventIds: readonly number[]) {
  const byEvent = new Map<number, (OccurrenceOverride & { sequence: number })[]>();
  if (eventIds.length === 0) return byEvent;
  for (const row of db
    .select()
    .from(eventOverrides)
    .where(inArray(eventOverrides.eventId, [...eventIds]))
    .all()) {
    const list = byEvent.get(row.eventId) ?? [];
    list.push(row);
    byEvent.set(row.eventId, list);
  }
  return byEvent;
}

/**
 * Changes one occurrence alone (moved, cancelled, or back to the series'
 * times), without touching the others. Cancelling it tells those registered.
 */
export function changeOccurrence(
  db: AppDatabase,
  actor: Actor,
  eventId: number,
  occurrence: LocalDateTime,
  change: {
    startLocal?: LocalDateTime | null;
    endLocal?: LocalDateTime | null;
    status?: EventStatus | null;
  },
): Outcome {
  const event = getEvent(db, eventId);
  if (!event) return refused({ reason: "not-found" });
  if (!mayEditEvent(db, actor, event)) return refused({ reason: "event-organiser-only" });
  if (!isOccurrenceOf(event, occurrence)) return refused({ reason: "event-occurrence-unknown" });
  db.transaction(() => {
    db.insert(eventOverrides)
      .values({ eventId, occurrence, ...change, sequence: 1 })
      .onConflictDoUpdate({
        target: [eventOverrides.eventId, eventOverrides.occurrence],
        set: { ...change, sequence: sql`${eventOverrides.sequence} + 1` },
      })
      .run();
    if (change.status === "cancelled") notifyCancelled(db, actor.id, eventId, occurrence);
  });
  return { ok: true };
}

/** Sets the whole series' status; a cancellation tells everyone registered to any occurrence. */
export function setEventStatus(
  db: AppDatabase,
  actor: Actor,
  eventId: number,
  status: EventStatus,
): Outcome {
  const event = getEvent(db, eventId);
  if (!event) return refused({ reason: "not-found" });
  if (!mayEditEvent(db, actor, event)) return refused({ reason: "event-organiser-only" });
  db.transaction(() => {
    db.update(events)
      .set({ status, sequence: sql`${events.sequence} + 1`, updatedAt: new Date() })
      .where(eq(events.id, eventId))
      .run();
    if (status === "cancelled") notifyCancelled(db, actor.id, eventId, null);
  });
  return { ok: true };
}

function notifyCancelled(
  db: AppDatabase,
  actorId: string,
  eventId: number,
  occurrence: LocalDateTime | null,
) {
  const registered = db
    .select({ userId: eventRegistrations.userId, occurrence: eventRegistrations.occurrence })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        occurrence === null ? undefined : eq(eventRegistrations.occurrence, occurrence),
      ),
    )
    .all();
  for (const row of registered) {
    notify(db, {
      userId: row.userId,
      type: "event-cancelled",
      dedupeKey: `event:${eventId}:${row.occurrence}:cancelled`,
      actorId,
    });
  }
}
