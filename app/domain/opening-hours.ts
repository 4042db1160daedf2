/**
 * Opening hours as schema.org's `OpeningHoursSpecification` has them: weekly
 * ranges (several a day, a range may close past midnight) and special days
 * (date ranges closed, or open with other hours: holidays, exceptional
 * closures). Everything is read on the Paris wall clock, the one the shop
 * door shows, whatever the zone of the server or the browser. Browser-safe.
 *
 * Rules (ADR 013):
 * - A range belongs to the day it opens on: "22:00–02:00" on Friday keeps the
 *   place open until 2 a.m. on Saturday, even if Saturday is a closed special
 *   day. `closes` at or before `opens` means the next day; "00:00" is midnight.
 * - A special day replaces the weekly ranges of the days it covers.
 * - Spring forward: a wall time that does not exist is simply never shown by
 *   the clock; a range covering it opens at 03:00 instead.
 * - Fall back: in the repeated hour (second pass), a range that ended during
 *   the first pass stays ended, and one that started during it stays open.
 */
import { z } from "zod";
import { parisClock } from "#app/i18n/format";

export const DAYS_OF_WEEK = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

export const SPECIAL_DAY_REASONS = ["holiday", "closure", "special"] as const;
export type SpecialDayReason = (typeof SPECIAL_DAY_REASONS)[number];

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)));

const timeRange = z.object({ opens: clockTime, closes: clockTime });

export const openingHoursSchema = z.object({
  weekly: z.array(timeRange.extend({ days: z.array(z.enum(DAYS_OF_WEEK)).min(1).max(7) })).max(50),
  special: z
    .array(
      z
        .object({
          from: calendarDay,
          through: calendarDay,
          reason: z.enum(SPECIAL_DAY_REASONS),
          /** Empty: closed on those days. */
          ranges: z.array(timeRange).max(6),
        })
        .refine((day) => day.from <= day.through),
    )
    .max(200),
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type TimeRange = z.infer<typeof timeRange>;

/** When something next happens, relative to the Paris day of "now". */
export type Moment = {
  /** 0 today, 1 tomorrow, … */
  inDays: number;
  /** The calendar day (YYYY-MM-DD) and its day of the week. */
  day: string;
  dayOfWeek: DayOfWeek;
  /** Wall-clock time, "HH:MM". */
  time: string;
};

export type OpeningStatus =
  /** `closesAt` null: open for the whole week ahead (24/7). */
  | { open: true; closesAt: Moment | null }
  /** `today`: why the whole day is closed, when it is special; `opensAt` null: not within the fortnight ahead. */
  | { open: false; today: SpecialDayReason | null; opensAt: Moment | null };

const MINUTES_A_DAY = 24 * 60;
/** How far ahead a next opening is looked for. */
const LOOKAHEAD_DAYS = 15;

type WallClock = { day: string; minutes: number };

/** The Paris calendar day and minute of the day at an instant. */
export function parisWallClock(at: Date): WallClock {
  const clock = parisClock(at);
  const day = civilDay(Date.UTC(clock.year, clock.month - 1, clock.day));
  return { day, minutes: clock.hour * 60 + clock.minute };
}

function civilDay(utcMidnightMs: number) {
  return new Date(utcMidnightMs).toISOString().slice(0, 10);
}

function addDays(day: string, days: number) {
  return civilDay(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000);
}

export function dayOfWeek(day: string): DayOfWeek {
  // getUTCDay: 0 is Sunday.
  return DAYS_OF_WEEK[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7]!;
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const toClock = (minutes: number) => {
  const inDay = ((minutes % MINUTES_A_DAY) + MINUTES_A_DAY) % MINUTES_A_DAY;
  return `${String(Math.floor(inDay / 60)).padStart(2, "0")}:${String(inDay % 60).padStart(2, "0")}`;
};

function specialDayOn(hours: OpeningHours, day: string) {
  return hours.special.find((special) => special.from <= day && day <= special.through) ?? null;
}

/** The ranges that open on `day`, as [start, end) minutes from its midnight (end may pass 1440). */
function intervalsOpeningOn(hours: OpeningHours, day: string): Array<[number, number]> {
  const special = specialDayOn(hours, day);
  const weekday = dayOfWeek(day);
  const ranges = special
    ? special.ranges
    : hours.weekly.filter((range) => range.days.includes(weekday));
  return ranges
    .map((range): [number, number] => {
      const start = toMinutes(range.opens);
      const end = toMinutes(range.closes);
      return [start, end <= start ? end + MINUTES_A_DAY : end];
    })
    .sort((a, b) => a[0] - b[0]);
}

/** The intervals that touch `day`, from the day before to the day after, relative to `day`'s midnight. */
function intervalsAround(hours: OpeningHours, day: string) {
  return [-1, 0, 1].flatMap((offset) =>
    intervalsOpeningOn(hours, addDays(day, offset)).map(([start, end]): [number, number] => [
      start + offset * MINUTES_A_DAY,
      end + offset * MINUTES_A_DAY,
    ]),
  );
}

/**
 * Whether the clock is in the repeated hour of an autumn change, on its
 * second pass: an hour ago the wall clock read the same. Returns the end of
 * that hour (minutes from midnight), or null.
 */
function repeatedHourEnd(at: Date, now: WallClock) {
  const hourAgo = parisWallClock(new Date(at.getTime() - 3_600_000));
  if (hourAgo.day !== now.day || hourAgo.minutes !== now.minutes) return null;
  return Math.floor(now.minutes / 60) * 60 + 60;
}

function isOpenAtWallClock(
  intervals: Array<[number, number]>,
  minutes: number,
  repeatedEnd: number | null,
) {
  return intervals.some(([start, end]) =>
    repeatedEnd === null
      ? start <= minutes && minutes < end
      : start < repeatedEnd && end >= repeatedEnd,
  );
}

/** Whether the place is open at an instant. */
export function isOpenAt(hours: OpeningHours, at: Date) {
  const now = parisWallClock(at);
  return isOpenAtWallClock(intervalsAround(hours, now.day), now.minutes, repeatedHourEnd(at, now));
}

function moment(today: string, minutesFromToday: number): Moment {
  const inDays = Math.floor(minutesFromToday / MINUTES_A_DAY);
  const day = addDays(today, inDays);
  return { inDays, day, dayOfWeek: dayOfWeek(day), time: toClock(minutesFromToday) };
}

/**
 * Open or closed at an instant, and when that changes next: what "Ouvert
 * maintenant · ferme à 19 h" and "Fermé · ouvre demain à 9 h" are made of.
 */
export function openingStatus(hours: OpeningHours, at: Date): OpeningStatus {
  const now = parisWallClock(at);
  const repeatedEnd = repeatedHourEnd(at, now);
  // Every interval of the days around the look-ahead, relative to today's midnight.
  const intervals = Array.from({ length: LOOKAHEAD_DAYS + 2 }, (_, index) => index - 1)
    .flatMap((offset) =>
      intervalsOpeningOn(hours, addDays(now.day, offset)).map(([start, end]): [number, number] => [
        start + offset * MINUTES_A_DAY,
        end + offset * MINUTES_A_DAY,
      ]),
    )
    .sort((a, b) => a[0] - b[0]);

  if (isOpenAtWallClock(intervals, now.minutes, repeatedEnd)) {
    // Follow overlapping or touching intervals to the end of this opening.
    // (On the repeated hour's second pass, what is open now lasts at least to its end.)
    let end = repeatedEnd ?? now.minutes;
    let extended = true;
    while (extended) {
      extended = false;
      for (const [start, stop] of intervals) {
        if (start <= end && stop > end) {
          end = stop;
          extended = true;
        }
      }
    }
    const horizon = LOOKAHEAD_DAYS * MINUTES_A_DAY;
    return { open: true, closesAt: end >= horizon ? null : moment(now.day, end) };
  }

  const special = specialDayOn(hours, now.day);
  const after = repeatedEnd ?? now.minutes;
  const next = intervals.find(([start]) => start > now.minutes && start >= after);
  return {
    open: false,
    today: special && special.ranges.length === 0 ? special.reason : null,
    opensAt: next ? moment(now.day, next[0]) : null,
  };
}

export function hasOpeningHours(hours: OpeningHours | null | undefined): hours is OpeningHours {
  return Boolean(hours && (hours.weekly.length > 0 || hours.special.length > 0));
}

export const SCHEMA_ORG_DAYS: Record<DayOfWeek, string> = {
  monday: "https://schema.org/Monday",
  tuesday: "https://schema.org/Tuesday",
  wednesday: "https://schema.org/Wednesday",
  thursday: "https://schema.org/Thursday",
  friday: "https://schema.org/Friday",
  saturday: "https://schema.org/Saturday",
  sunday: "https://schema.org/Sunday",
};

/**
 * The hours as schema.org `OpeningHoursSpecification` objects. A closed
 * special day is written as schema.org says: opens and closes both "00:00".
 */
export function toOpeningHoursSpecification(hours: OpeningHours) {
  return [
    ...hours.weekly.map((range) => ({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: range.days.map((day) => SCHEMA_ORG_DAYS[day]),
      opens: range.opens,
      closes: range.closes,
    })),
    ...hours.special.flatMap((special) =>
      (special.ranges.length > 0 ? special.ranges : [{ opens: "00:00", closes: "00:00" }]).map(
        (range) => ({
          "@type": "OpeningHoursSpecification",
          validFrom: special.from,
          validThrough: special.through,
          opens: range.opens,
          closes: range.closes,
        }),
      ),
    ),
  ];
}
