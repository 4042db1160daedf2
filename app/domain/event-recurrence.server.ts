import * as rruleModule from "rrule";
import type { EventStatus } from "./events";
import {
  EVENT_TIMEZONE,
  addWallMinutes,
  localAsUtc,
  toInstant,
  utcAsLocal,
  wallMinutesBetween,
  type LocalDateTime,
} from "./event-time";

// rrule ships CommonJS for Node (no named exports there) and ESM for bundlers.
const { RRule } = ((rruleModule as unknown as { default?: typeof rruleModule }).default ??
  rruleModule) as typeof rruleModule;

/**
 * Recurrence is expanded on the wall clock: rrule is given the local
 * date-times as if they were UTC ("floating" times, as its README advises
 * for zoned events), so every occurrence of a weekly 10:00 series is 10:00
 * on its own day, and only then each one is placed in the zone. A daylight
 * saving change between two occurrences moves their UTC instant, never the
 * time neighbours read.
 */
export type SeriesInput = {
  startLocal: LocalDateTime;
  endLocal: LocalDateTime;
  timezone?: string;
  /** An RFC 5545 RRULE value ("FREQ=WEEKLY;COUNT=10"), without DTSTART. */
  rrule?: string | null;
  /** Local start date-times of the occurrences taken out of the series. */
  exdates?: readonly LocalDateTime[] | null;
  status: EventStatus;
};

/** One occurrence changed alone, named by its original local start. */
export type OccurrenceOverride = {
  occurrence: LocalDateTime;
  startLocal?: LocalDateTime | null;
  endLocal?: LocalDateTime | null;
  status?: EventStatus | null;
};

export type Occurrence = {
  /** The occurrence's original local start: its stable name (RECURRENCE-ID, ?date=). */
  key: LocalDateTime;
  startLocal: LocalDateTime;
  endLocal: LocalDateTime;
  start: Date;
  end: Date;
  status: EventStatus;
  /** Edited alone (its time or status differ from the series'). */
  overridden: boolean;
};

/** A series expands to at most this many occurrences in any window. */
const MAX_OCCURRENCES = 1000;

/** Parses an RRULE value; null when it is not one rrule understands. */
export function parseRrule(value: string) {
  try {
    const options = RRule.parseString(value.replace(/^RRULE:/i, ""));
    if (options.freq === undefined) return null;
    if (options.dtstart || options.tzid) return null;
    return options;
  } catch {
    return null;
  }
}

/** The RRULE's original local starts between two local date-times (both included). */
function localStarts(series: SeriesInput, fromLocal: LocalDateTime, toLocal: LocalDateTime) {
  if (!series.rrule) return [series.startLocal];
  const options = parseRrule(series.rrule);
  if (!options) return [series.startLocal];
  const rule = new RRule({ ...options, dtstart: localAsUtc(series.startLocal) });
  const starts: LocalDateTime[] = [];
  rule.between(localAsUtc(fromLocal), localAsUtc(toLocal), true, (date) => {
    starts.push(utcAsLocal(date));
    return starts.length < MAX_OCCURRENCES;
  });
  return starts;
}

/**
 * The occurrences that overlap [from, to), in order: the rule's, less the
 * EXDATEs, with each override applied (an override may move an occurrence
 * into or out of the window).
 */
export function expandOccurrences(
  series: SeriesInput,
  from: Date,
  to: Date,
  overrides: readonly OccurrenceOverride[] = [],
): Occurrence[] {
  const timezone = series.timezone ?? EVENT_TIMEZONE;
  const duration = Math.max(0, wallMinutesBetween(series.startLocal, series.endLocal));
  // The window on the wall clock, wide enough for any zone offset, any
  // duration, and any override moved up to a week.
  const margin = 14 * 60 + duration + 7 * 24 * 60;
  const fromLocal = addWallMinutes(utcAsLocal(from), -margin);
  const toLocal = addWallMinutes(utcAsLocal(to), margin);
  const excluded = new Set(series.exdates ?? []);
  const byKey = new Map(overrides.map((override) => [override.occurrence, override]));
  const occurrences: Occurrence[] = [];
  for (const key of localStarts(series, fromLocal, toLocal)) {
    if (excluded.has(key)) continue;
    const override = byKey.get(key);
    const startLocal = override?.startLocal ?? key;
    const endLocal = override?.endLocal ?? addWallMinutes(startLocal, duration);
    const start = toInstant(startLocal, timezone);
    const end = toInstant(endLocal, timezone);
    if (end.getTime() <= from.getTime() && start.getTime() < from.getTime()) continue;
    if (start.getTime() >= to.getTime()) continue;
    const status =
      series.status === "scheduled" ? (override?.status ?? "scheduled") : series.status;
    occurrences.push({
      key,
      startLocal,
      endLocal,
      start,
      end,
      status,
      overridden: Boolean(
        override && (override.startLocal || override.endLocal || override.status),
      ),
    });
  }
  return occurrences.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Whether `key` is an occurrence of the series (EXDATEs excluded), whatever the window. */
export function isOccurrenceOf(series: SeriesInput, key: LocalDateTime) {
  if (series.exdates?.includes(key)) return false;
  if (!series.rrule) return key === series.startLocal;
  return localStarts(series, key, key).includes(key);
}
