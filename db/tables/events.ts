import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { EventCategory, EventStatus, RegistrationStatus } from "#app/domain/events";
import { createdAt } from "./columns";
import { organisations } from "./directory";
import { users } from "./members";
import { places } from "./places";

/*
 * The agenda: events, their occurrences changed alone, and registrations
 * (ADR 026).
 */

/**
 * An event or a series. Times are wall-clock (`YYYY-MM-DDTHH:mm`) in
 * `timezone`, as the organiser typed them; `rrule` (RFC 5545, without
 * DTSTART) and `exdates` (local starts) make a series, expanded on the wall
 * clock in app/domain/event-recurrence.server.ts. The point is the listing's
 * or the commune's, never a member's home. `sequence` grows at every change
 * (iCalendar SEQUENCE).
 */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey(),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    /** Markdown, and the same rendered and sanitized. */
    description: text("description").notNull(),
    descriptionHtml: text("description_html").notNull(),
    category: text("category").$type<EventCategory>().notNull(),
    /** The listing that organises it, or null for a neighbourhood event by `authorId`. */
    organisationId: integer("organisation_id").references(() => organisations.id, {
      onDelete: "cascade",
    }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id),
    lat: real("lat").notNull(),
    lng: real("lng").notNull(),
    /** Where exactly ("Salle des fêtes"), shown as written. */
    venue: text("venue"),
    startLocal: text("start_local").notNull(),
    endLocal: text("end_local").notNull(),
    timezone: text("timezone").notNull().default("Europe/Paris"),
    allDay: integer("all_day", { mode: "boolean" }).notNull().default(false),
    rrule: text("rrule"),
    exdates: text("exdates", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Null when free; else as written ("5 €, gratuit pour les enfants"). */
    price: text("price"),
    accessibility: text("accessibility"),
    status: text("status").$type<EventStatus>().notNull().default("scheduled"),
    /** Places per occurrence when the organiser takes registrations; null: no registration. */
    capacity: integer("capacity"),
    sequence: integer("sequence").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (table) => [
    index("events_place_idx").on(table.lat, table.lng),
    index("events_organisation_idx").on(table.organisationId),
  ],
);

export type EventRow = typeof events.$inferSelect;

/** One occurrence of a series edited or cancelled alone, named by its original local start. */
export const eventOverrides = sqliteTable(
  "event_overrides",
  {
    id: integer("id").primaryKey(),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    occurrence: text("occurrence").notNull(),
    startLocal: text("start_local"),
    endLocal: text("end_local"),
    status: text("status").$type<EventStatus>(),
    sequence: integer("sequence").notNull().default(0),
  },
  (table) => [uniqueIndex("event_overrides_idx").on(table.eventId, table.occurrence)],
);

/**
 * A member's registration to one occurrence. The waiting list is the
 * "waiting" rows in `id` order; a freed place goes to the first of them in
 * the same transaction (app/models/events/registrations.server.ts).
 */
export const eventRegistrations = sqliteTable(
  "event_registrations",
  {
    id: integer("id").primaryKey(),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    occurrence: text("occurrence").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status").$type<RegistrationStatus>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("event_registrations_member_idx").on(table.eventId, table.occurrence, table.userId),
    index("event_registrations_list_idx").on(table.eventId, table.occurrence, table.status),
    index("event_registrations_user_idx").on(table.userId),
  ],
);
