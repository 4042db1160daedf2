import { notFound } from "#app/server/not-found.server";
import type { MissingThing } from "#app/domain/not-found";
import { FEED_MAX_OCCURRENCES } from "#app/domain/events";
import { dayOf, utcAsLocal } from "#app/domain/event-time";
import type { AgendaItem } from "./occurrences.server";

/*
 * iCalendar (RFC 5545) for the agenda: one VEVENT per occurrence, so every
 * client shows the same dates (no client expands our RRULE differently),
 * with a UID stable across edits (event id and original local start) and
 * a SEQUENCE that grows with each change of the series or of the occurrence.
 * Written here rather than with ical-generator: its last Node 20 release
 * formats zoned times in the server process's own zone unless moment, luxon
 * or dayjs is added; what we need is a few properties (ADR 026).
 */

/** Europe/Paris since 1996 (EU rules), the zone every event of the site is in. */
const PARIS_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Paris",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** Calendars ask again every hour at most. */
const REFRESH = "PT1H";

function escapeText(value: string) {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r?\n/g, "\\n");
}

/** Lines of at most 75 octets, continued with a space (RFC 5545 §3.1), never splitting a character. */
function fold(line: string) {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

const basicLocal = (local: string) => local.replace(/[-:]/g, "") + "00";
const basicDate = (local: string) => dayOf(local).replace(/-/g, "");
const basicUtc = (at: Date) => at.toISOString().replace(/[-:]/g, "").slice(0, 15) + "Z";

export type CalendarOptions = {
  name: string;
  origin: string;
  now?: Date;
};

/** A VCALENDAR of the occurrences (at most FEED_MAX_OCCURRENCES, as given: soonest first). */
export function calendarOf(items: readonly AgendaItem[], options: CalendarOptions) {
  const now = options.now ?? new Date();
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Coup de main//Agenda//FR",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `NAME:${escapeText(options.name)}`,
    "X-WR-TIMEZONE:Europe/Paris",
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
    ...PARIS_VTIMEZONE,
  ];
  for (const item of items.slice(0, FEED_MAX_OCCURRENCES)) {
    const { event, occurrence } = item;
    const url = `${options.origin}/e/${event.id}/${event.slug}?date=${encodeURIComponent(occurrence.key)}`;
    const where = [event.venue, item.place.name].filter(Boolean).join(", ");
    lines.push(
      "BEGIN:VEVENT",
      `UID:event-${event.id}-${basicLocal(occurrence.key)}@coupdemain`,
      `SEQUENCE:${item.sequence}`,
      `DTSTAMP:${basicUtc(now)}`,
      `LAST-MODIFIED:${basicUtc(event.updatedAt)}`,
      ...(event.allDay
        ? [
            `DTSTART;VALUE=DATE:${basicDate(occurrence.startLocal)}`,
            `DTEND;VALUE=DATE:${basicDate(allDayEnd(occurrence.startLocal, occurrence.endLocal))}`,
          ]
        : [
            `DTSTART;TZID=${event.timezone}:${basicLocal(occurrence.startLocal)}`,
            `DTEND;TZID=${event.timezone}:${basicLocal(occurrence.endLocal)}`,
          ]),
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(`${event.description}\n\n${url}`)}`,
      `LOCATION:${escapeText(where)}`,
      `URL:${url}`,
      `CATEGORIES:${escapeText(event.category)}`,
      `STATUS:${occurrence.status === "cancelled" ? "CANCELLED" : occurrence.status === "postponed" ? "TENTATIVE" : "CONFIRMED"}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}

/** An all-day event ends the day after its last day (DTEND is exclusive). */
function allDayEnd(startLocal: string, endLocal: string) {
  const end = dayOf(endLocal) > dayOf(startLocal) && endLocal.endsWith("T00:00") ? endLocal : null;
  if (end) return end;
  const next = new Date(Date.parse(`${dayOf(endLocal)}T00:00:00Z`) + 86_400_000);
  return utcAsLocal(next);
}

/** A Google Calendar "add event" link for one occurrence. */
export function googleCalendarUrl(item: AgendaItem, origin: string) {
  const { event, occurrence } = item;
  const dates = event.allDay
    ? `${basicDate(occurrence.startLocal)}/${basicDate(allDayEnd(occurrence.startLocal, occurrence.endLocal))}`
    : `${basicLocal(occurrence.startLocal)}/${basicLocal(occurrence.endLocal)}`;
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: event.title,
    dates,
    ctz: event.timezone,
    details: `${origin}/e/${event.id}/${event.slug}?date=${occurrence.key}`,
    location: [event.venue, item.place.name].filter(Boolean).join(", "),
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** The HTTP answer of a feed. */
export function calendarResponse(body: string, filename: string) {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${filename}"`,
      "Cache-Control": "public, max-age=900",
    },
  });
}

/**
 * A feed that is not there: the site's own 404, never plain English text (a
 * browser opening the link gets the page; a calendar app reads the status).
 */
export function feedNotFound(what: MissingThing = "page") {
  return notFound(what);
}
