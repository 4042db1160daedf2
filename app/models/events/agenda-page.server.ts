import type { AppDatabase } from "#db/client";
import {
  AGENDA_PERIODS,
  AGENDA_RADII,
  DEFAULT_AGENDA_RADIUS_KM,
  eventPath,
  isEventCategory,
  type AgendaPeriod,
  type EventCategory,
} from "#app/domain/events";
import { addDays, dayOf, localAt, toInstant } from "#app/domain/event-time";
import type { Point } from "#app/domain/geo";
import { listOccurrences } from "./occurrences.server";

export type AgendaFilters = {
  radiusKm: number;
  category: EventCategory | null;
  period: AgendaPeriod;
};

/** The agenda's filters, read from the URL: anything unknown falls back to the default. */
export function agendaFilters(url: URL): AgendaFilters {
  const radius = Number(url.searchParams.get("radius") ?? DEFAULT_AGENDA_RADIUS_KM);
  const category = url.searchParams.get("categorie");
  const period = url.searchParams.get("periode");
  return {
    radiusKm: (AGENDA_RADII as readonly number[]).includes(radius)
      ? radius
      : DEFAULT_AGENDA_RADIUS_KM,
    category: isEventCategory(category) ? category : null,
    period: (AGENDA_PERIODS as readonly unknown[]).includes(period)
      ? (period as AgendaPeriod)
      : "week",
  };
}

/** The window of a period in Paris days: today, the coming weekend, 7 days, the calendar month. */
export function periodWindow(period: AgendaPeriod, now: Date) {
  const today = `${dayOf(localAt(now))}T00:00`;
  const weekday = new Date(`${today.slice(0, 10)}T12:00:00Z`).getUTCDay();
  const [startLocal, endLocal] =
    period === "today"
      ? [today, addDays(today, 1)]
      : period === "weekend"
        ? [
            weekday === 0 ? today : addDays(today, (6 - weekday + 7) % 7),
            addDays(today, weekday === 0 ? 1 : ((6 - weekday + 7) % 7) + 2),
          ]
        : period === "month"
          ? [`${today.slice(0, 8)}01T00:00`, nextMonth(today)]
          : [today, addDays(today, 7)];
  return { from: toInstant(startLocal), to: toInstant(endLocal) };
}

function nextMonth(local: string) {
  const [year, month] = local.split("-").map(Number) as [number, number];
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
  return `${next}-01T00:00`;
}

/** The occurrences the agenda page lists, grouped by Paris day. */
export function agendaDays(db: AppDatabase, centre: Point, filters: AgendaFilters, now: Date) {
  const window = periodWindow(filters.period, now);
  const items = listOccurrences(db, {
    centre,
    radiusKm: filters.radiusKm,
    category: filters.category,
    from:
      filters.period === "month"
        ? window.from
        : new Date(Math.max(now.getTime(), window.from.getTime())),
    to: window.to,
    limit: 500,
  });
  const days = new Map<string, ReturnType<typeof agendaEntry>[]>();
  for (const item of items) {
    const day = dayOf(item.occurrence.startLocal);
    days.set(day, [...(days.get(day) ?? []), agendaEntry(item)]);
  }
  return { count: items.length, days: [...days].map(([day, entries]) => ({ day, entries })) };
}

function agendaEntry(item: ReturnType<typeof listOccurrences>[number]) {
  return {
    key: `${item.event.id}-${item.occurrence.key}`,
    title: item.event.title,
    category: item.event.category,
    path: eventPath(item.event, item.occurrence.key),
    start: item.occurrence.start.toISOString(),
    end: item.occurrence.end.toISOString(),
    startLocal: item.occurrence.startLocal,
    allDay: item.event.allDay,
    status: item.occurrence.status,
    placeName: item.place.name,
    venue: item.event.venue,
    distanceKm: item.distanceKm,
    organisation: item.organisation?.name ?? null,
  };
}
