/**
 * Partner merchants (issue 15, ADR 020): the services a partner's page may
 * list, and the rules of a partnership's days. Browser-safe: forms, pages
 * and the models share them. Labels live in the catalogues
 * (`partner.service.*`).
 */

/** « Nos services »: a curated list, so that pages compare and search finds them. */
export const PARTNER_SERVICES = [
  "livraison",
  "click-and-collect",
  "accessible-pmr",
  "sans-contact",
  "produits-locaux",
  "bio",
  "sur-rendez-vous",
  "commande-telephone",
] as const;
export type PartnerService = (typeof PARTNER_SERVICES)[number];

export function isPartnerService(value: unknown): value is PartnerService {
  return PARTNER_SERVICES.includes(value as PartnerService);
}

export const PARTNER_GALLERY_MAX = 8;
export const PARTNER_DESCRIPTION_MAX = 10_000;
export const PARTNERSHIP_REASON_MAX = 1_000;
/** A partnership whose last day is this close (or past, with no successor) is due for renewal. */
export const RENEWAL_NOTICE_DAYS = 30;
/** No agreement runs this long: a typo in the year, most likely. */
export const PARTNERSHIP_MAX_DAYS = 3 * 366;
export const MONTHLY_AMOUNT_MAX_CENTS = 100_000;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A real calendar day written `YYYY-MM-DD`. */
export function isDay(value: string) {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isMonth(value: string) {
  return MONTH.test(value);
}

/** The day `days` after `day` (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The same day `months` later, clamped to the month's end (31 January + 1 → 28 February). */
export function addMonths(day: string, months: number) {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date, last));
  return target.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysBetween(from: string, to: string) {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86_400_000) + 1);
}

/** First and last day of a `YYYY-MM` month. */
export function monthBounds(month: string) {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, "0")}` };
}

/** Euros with a dot and two decimals, for machines (the CSV): 1234 → "12.34". */
export function centsToDecimal(cents: number) {
  return (cents / 100).toFixed(2);
}
