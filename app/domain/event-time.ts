/**
 * Local date-times of events: what the organiser typed ("2026-10-31T10:00"),
 * stored with its zone (Europe/Paris), turned into instants only when needed.
 * Browser-safe: Intl knows the zone rules, no library is needed for this.
 */

/** "YYYY-MM-DDTHH:mm": a wall-clock time without a zone. */
export type LocalDateTime = string;

export const EVENT_TIMEZONE = "Europe/Paris";

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isLocalDateTime(value: unknown): value is LocalDateTime {
  if (typeof value !== "string") return false;
  const match = LOCAL_PATTERN.exec(value);
  if (!match) return false;
  const [, y, mo, d, h, mi] = match.map(Number);
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!));
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo! - 1 &&
    date.getUTCDate() === d &&
    h! < 24 &&
    mi! < 60
  );
}

/** The wall-clock fields as if they were UTC: how rrule wants "floating" times. */
export function localAsUtc(local: LocalDateTime): Date {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) throw new Error(`Not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!));
}

/** The inverse of localAsUtc. */
export function utcAsLocal(date: Date): LocalDateTime {
  return date.toISOString().slice(0, 16);
}

const formats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string) {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock time in `timeZone` at an instant. */
export function localAt(at: Date, timeZone = EVENT_TIMEZONE): LocalDateTime {
  const parts = zoneFormat(timeZone).formatToParts(at);
  const field = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)!.value;
  return `${field("year")}-${field("month")}-${field("day")}T${field("hour")}:${field("minute")}`;
}

/** Minutes `timeZone` is ahead of UTC at an instant (60 or 120 in Paris). */
export function offsetMinutes(at: Date, timeZone = EVENT_TIMEZONE) {
  const wall = localAsUtc(localAt(at, timeZone)).getTime();
  const whole = Math.floor(at.getTime() / 60_000) * 60_000;
  return Math.round((wall - whole) / 60_000);
}

/**
 * The instant a wall-clock time names in `timeZone`. A time that does not
 * exist (in the hour skipped in March) moves forward by the gap, as
 * RFC 5545 says; an ambiguous one (the hour repeated in October) is the
 * first of the two.
 */
export function toInstant(local: LocalDateTime, timeZone = EVENT_TIMEZONE): Date {
  const wall = localAsUtc(local).getTime();
  const before = offsetMinutes(new Date(wall - 14 * 3_600_000), timeZone);
  const after = offsetMinutes(new Date(wall + 14 * 3_600_000), timeZone);
  const first = new Date(wall - Math.max(before, after) * 60_000);
  if (localAt(first, timeZone) === local) return first;
  const second = new Date(wall - Math.min(before, after) * 60_000);
  if (localAt(second, timeZone) === local) return second;
  // In the gap: the same distance past the change as the time is past it.
  return new Date(wall - before * 60_000);
}

/** "+01:00" for an offset in minutes. */
export function offsetText(minutes: number) {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, "0");
  return `${sign}${hours}:${String(abs % 60).padStart(2, "0")}`;
}

/** ISO 8601 with the local offset: "2026-10-31T10:00:00+01:00". */
export function isoWithOffset(local: LocalDateTime, timeZone = EVENT_TIMEZONE) {
  const instant = toInstant(local, timeZone);
  return `${localAt(instant, timeZone)}:00${offsetText(offsetMinutes(instant, timeZone))}`;
}

/** The calendar day ("YYYY-MM-DD") of a local date-time. */
export const dayOf = (local: LocalDateTime) => local.slice(0, 10);

/** A local date-time moved by whole days (calendar arithmetic, no zone involved). */
export function addDays(local: LocalDateTime, days: number): LocalDateTime {
  return utcAsLocal(new Date(localAsUtc(local).getTime() + days * 86_400_000));
}

/** Minutes between two local date-times, on the wall clock. */
export function wallMinutesBetween(from: LocalDateTime, to: LocalDateTime) {
  return Math.round((localAsUtc(to).getTime() - localAsUtc(from).getTime()) / 60_000);
}

export function addWallMinutes(local: LocalDateTime, minutes: number): LocalDateTime {
  return utcAsLocal(new Date(localAsUtc(local).getTime() + minutes * 60_000));
}
