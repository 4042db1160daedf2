import { and, asc, eq, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { eventRegistrations, users } from "#db/schema";
import { expandOccurrences, isOccurrenceOf } from "#app/domain/event-recurrence.server";
import { toInstant, type LocalDateTime } from "#app/domain/event-time";
import { memberName } from "#app/domain/names";
import { notify } from "#app/models/notifications/notify.server";
import { refused, type Outcome } from "#app/models/refusals";
import { getEvent, type EventRecord } from "./events.server";

/*
 * Registrations to one occurrence and its waiting list (ADR 026). Every
 * write runs in one IMMEDIATE transaction that reads the count of places
 * taken and writes: two members registering, or two cancelling, at once
 * are serialized by SQLite's write lock, so a place freed goes to exactly
 * one waiting member and the list never overfills.
 */

/** The occurrence as it is now (its override applied), or null when it is not one of the event's. */
export function occurrenceOf(event: EventRecord, key: LocalDateTime) {
  if (!isOccurrenceOf(event, key)) return null;
  const start = toInstant(key, event.timezone);
  return (
    expandOccurrences(
      event,
      new Date(start.getTime() - 1),
      new Date(start.getTime() + 1),
      event.overrides,
    ).find((occurrence) => occurrence.key === key) ??
    // Moved by its override out of that instant: look a week either side.
    expandOccurrences(
      event,
      new Date(start.getTime() - 8 * 86_400_000),
      new Date(start.getTime() + 8 * 86_400_000),
      event.overrides,
    ).find((occurrence) => occurrence.key === key) ??
    null
  );
}

function goingCount(db: AppDatabase, eventId: number, occurrence: string) {
  return db
    .select({ count: sql<number>`count(*)` })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.occurrence, occurrence),
        eq(eventRegistrations.status, "going"),
      ),
    )
    .get()!.count;
}

function registrationOf(db: AppDatabase, eventId: number, occurrence: string, userId: string) {
  return db
    .select()
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.occurrence, occurrence),
        eq(eventRegistrations.userId, userId),
      ),
    )
    .get();
}

/**
 * "Je viens" (a place, or the end of the waiting list when full) or
 * "Intéressé·e" (no place). A member already coming stays coming.
 */
export function register(
  db: AppDatabase,
  userId: string,
  eventId: number,
  occurrenceKey: LocalDateTime,
  kind: "going" | "interested",
  now = new Date(),
): Outcome<{ status: "going" | "waiting" | "interested" }> {
  const event = getEvent(db, eventId);
  if (!event) return refused({ reason: "not-found" });
  const occurrence = occurrenceOf(event, occurrenceKey);
  if (!occurrence) return refused({ reason: "event-occurrence-unknown" });
  if (occurrence.status !== "scheduled" || occurrence.end <= now) {
    return refused({ reason: "event-closed" });
  }
  if (kind === "going" && event.capacity === null) {
    return refused({ reason: "event-no-registration" });
  }
  return db.transaction(() => {
    const existing = registrationOf(db, eventId, occurrenceKey, userId);
    if (existing && existing.status !== "interested") {
      return { ok: true as const, status: existing.status };
    }
    const status =
      kind === "interested"
        ? "interested"
        : goingCount(db, eventId, occurrenceKey) < event.capacity!
          ? "going"
          : "waiting";
    if (existing) {
      // From interested to coming: queued from now, not from when they were interested.
      db.delete(eventRegistrations).where(eq(eventRegistrations.id, existing.id)).run();
    }
    db.insert(eventRegistrations)
      .values({ eventId, occurrence: occurrenceKey, userId, status, createdAt: now })
      .run();
    return { ok: true as const, status };
  });
}

/**
 * Cancels the member's registration; a place freed goes to the first in
 * line, who is told at once. Returns who was promoted.
 */
export function cancelRegistration(
  db: AppDatabase,
  userId: string,
  eventId: number,
  occurrenceKey: LocalDateTime,
): Outcome<{ promoted: string[] }> {
  const event = getEvent(db, eventId);
  if (!event) return refused({ reason: "not-found" });
  return db.transaction(() => {
    const existing = registrationOf(db, eventId, occurrenceKey, userId);
    if (!existing) return { ok: true as const, promoted: [] };
    db.delete(eventRegistrations).where(eq(eventRegistrations.id, existing.id)).run();
    const promoted = existing.status === "going" ? fillFreedPlaces(db, event, occurrenceKey) : [];
    return { ok: true as const, promoted };
  });
}

/** Moves the first waiting members to "going" while places are free; in the caller's transaction. */
function fillFreedPlaces(db: AppDatabase, event: EventRecord, occurrenceKey: string) {
  if (event.capacity === null) return [];
  const free = event.capacity - goingCount(db, event.id, occurrenceKey);
  if (free <= 0) return [];
  const first = db
    .select({ id: eventRegistrations.id, userId: eventRegistrations.userId })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, event.id),
        eq(eventRegistrations.occurrence, occurrenceKey),
        eq(eventRegistrations.status, "waiting"),
      ),
    )
    .orderBy(asc(eventRegistrations.id))
    .limit(free)
    .all();
  for (const row of first) {
    db.update(eventRegistrations)
      .set({ status: "going" })
      .where(eq(eventRegistrations.id, row.id))
      .run();
    notify(db, {
      userId: row.userId,
      type: "event-place-confirmed",
      dedupeKey: `event:${event.id}:${occurrenceKey}:promoted`,
    });
  }
  return first.map((row) => row.userId);
}

/** Places taken and left, and the member's own registration (with their place in line). */
export function registrationSummary(
  db: AppDatabase,
  event: { id: number; capacity: number | null },
  occurrenceKey: string,
  userId: string | null,
) {
  const rows = db
    .select({
      id: eventRegistrations.id,
      userId: eventRegistrations.userId,
      status: eventRegistrations.status,
    })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, event.id),
        eq(eventRegistrations.occurrence, occurrenceKey),
      ),
    )
    .orderBy(asc(eventRegistrations.id))
    .all();
  const going = rows.filter((row) => row.status === "going").length;
  const waiting = rows.filter((row) => row.status === "waiting");
  const mine = userId ? rows.find((row) => row.userId === userId) : undefined;
  return {
    going,
    waiting: waiting.length,
    interested: rows.filter((row) => row.status === "interested").length,
    remaining: event.capacity === null ? null : Math.max(0, event.capacity - going),
    mine: mine
      ? {
          status: mine.status,
          position: mine.status === "waiting" ? waiting.indexOf(mine) + 1 : null,
        }
      : null,
  };
}

/** The list the organiser sees: coming, then waiting in order, then interested. */
export function registrationList(db: AppDatabase, eventId: number, occurrenceKey: string) {
  const order = { going: 0, waiting: 1, interested: 2 } as const;
  return db
    .select({
      id: eventRegistrations.id,
      userId: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      status: eventRegistrations.status,
    })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.occurrence, occurrenceKey),
      ),
    )
    .orderBy(asc(eventRegistrations.id))
    .all()
    .map((row) => ({
      id: row.id,
      userId: row.userId,
      name: memberName(row, { full: true }),
      status: row.status,
    }))
    .sort((a, b) => order[a.status] - order[b.status]);
}
