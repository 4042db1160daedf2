/**
 * The events vocabulary (the agenda): categories, statuses, registrations.
 * Browser-safe: forms, filters and the database types share these lists.
 * The labels live in the catalogues (`event.category.*`, `event.status.*`).
 */
import { slugify } from "./normalize";

export const EVENT_CATEGORIES = [
  "fete",
  "marche",
  "sport",
  "culture",
  "atelier",
  "reunion-publique",
  "solidarite",
  "vide-greniers",
  "autre",
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const EVENT_STATUSES = ["scheduled", "cancelled", "postponed"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** "going" takes a place; "waiting" queues for one; "interested" takes none. */
export const REGISTRATION_STATUSES = ["going", "waiting", "interested"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** The agenda's radii, as the directory's. */
export const AGENDA_RADII = [0, 5, 10, 20, 50] as const;
export const DEFAULT_AGENDA_RADIUS_KM = 10;

/** The agenda's periods; the first is the default. */
export const AGENDA_PERIODS = ["week", "today", "weekend", "month"] as const;
export type AgendaPeriod = (typeof AGENDA_PERIODS)[number];

/** Feeds carry at most this many occurrences, the nearest first. */
export const FEED_MAX_OCCURRENCES = 500;

export const isEventCategory = (value: unknown): value is EventCategory =>
  (EVENT_CATEGORIES as readonly unknown[]).includes(value);

export const isEventStatus = (value: unknown): value is EventStatus =>
  (EVENT_STATUSES as readonly unknown[]).includes(value);

export function eventPath(event: { id: number; slug: string }, occurrence?: string | null) {
  const base = `/e/${event.id}/${event.slug}`;
  return occurrence ? `${base}?date=${encodeURIComponent(occurrence)}` : base;
}

export function eventSlug(title: string) {
  return slugify(title).slice(0, 80) || "evenement";
}

/** schema.org's eventStatus for ours. */
export const SCHEMA_ORG_STATUS: Record<EventStatus, string> = {
  scheduled: "https://schema.org/EventScheduled",
  cancelled: "https://schema.org/EventCancelled",
  postponed: "https://schema.org/EventPostponed",
};
