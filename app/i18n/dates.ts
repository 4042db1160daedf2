import { translate } from "./i18n";
import type { Locale } from "./messages";

const parisDayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day in Paris (YYYY-MM-DD): a neighbour's "today", whatever the server's zone. */
export function parisDay(at: Date) {
  return parisDayFormat.format(at);
}

/** "il y a 3 h", or a date once it is more than a week old. Paris time, so server and browser agree. */
export function relativeTime(locale: Locale, at: Date | string, now = new Date()) {
  const date = typeof at === "string" ? new Date(at) : at;
  const minutes = Math.floor((now.getTime() - date.getTime()) / 60_000);
  if (minutes < 1) return translate(locale, "time.justNow");
  if (minutes < 60) return translate(locale, "time.minutes", { count: minutes });
  if (minutes < 24 * 60)
    return translate(locale, "time.hours", { count: Math.floor(minutes / 60) });
  if (minutes < 7 * 24 * 60) {
    return translate(locale, "time.days", { count: Math.floor(minutes / (24 * 60)) });
  }
  return translate(locale, "time.on", { date: formatDay(locale, date) });
}

/** "4 mars 2026" / "4 March 2026". */
export function formatDay(locale: Locale, at: Date | string) {
  const date =
    typeof at === "string" ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00Z` : at) : at;
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Paris",
  }).format(date);
}
