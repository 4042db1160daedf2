import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";
import { EVENT_CATEGORIES } from "./events";
import { isLocalDateTime, localAsUtc, wallMinutesBetween, type LocalDateTime } from "./event-time";

/*
 * The event form: one definition that Conform runs in the browser and the
 * action runs again on the server. Times come from `datetime-local`
 * inputs ("2026-10-31T10:00"), which are wall-clock times in Paris.
 */

export const EVENT_TITLE_MAX = 120;
export const EVENT_DESCRIPTION_MAX = 5000;
export const EVENT_SHORT_TEXT_MAX = 200;
export const EVENT_REPEATS = ["none", "weekly", "monthly"] as const;

const optionalText = (t: Translate, max: number) =>
  z.string().trim().max(max, t("form.tooLong", { max })).optional();

const localDateTime = (t: Translate) =>
  z
    .string({ required_error: t("event.field.dateRequired") })
    .refine(isLocalDateTime, t("event.field.dateRequired"));

export function eventSchema(t: Translate) {
  return z
    .object({
      title: z
        .string({ required_error: t("event.field.titleRequired") })
        .trim()
        .min(3, t("event.field.titleRequired"))
        .max(EVENT_TITLE_MAX, t("event.field.titleRequired")),
      description: z
        .string({ required_error: t("event.field.descriptionRequired") })
        .trim()
        .min(10, t("event.field.descriptionRequired"))
        .max(EVENT_DESCRIPTION_MAX, t("form.tooLong", { max: EVENT_DESCRIPTION_MAX })),
      category: z.enum(EVENT_CATEGORIES, {
        errorMap: () => ({ message: t("event.field.categoryRequired") }),
      }),
      organiser: z
        .string()
        .regex(/^\d{1,12}$/)
        .optional(),
      venue: optionalText(t, EVENT_SHORT_TEXT_MAX),
      start: localDateTime(t),
      end: localDateTime(t),
      allDay: z.literal("on").optional(),
      repeat: z.enum(EVENT_REPEATS).default("none"),
      until: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, t("event.field.dateRequired"))
        .optional(),
      price: optionalText(t, EVENT_SHORT_TEXT_MAX),
      accessibility: optionalText(t, EVENT_SHORT_TEXT_MAX),
      capacity: z
        .number({ invalid_type_error: t("event.field.capacityInvalid") })
        .int(t("event.field.capacityInvalid"))
        .min(1, t("event.field.capacityInvalid"))
        .max(10_000, t("event.field.capacityInvalid"))
        .optional(),
    })
    .superRefine((value, context) => {
      if (
        isLocalDateTime(value.start) &&
        isLocalDateTime(value.end) &&
        wallMinutesBetween(value.start, value.end) <= 0
      ) {
        context.addIssue({
          code: "custom",
          path: ["end"],
          message: t("event.field.endBeforeStart"),
        });
      }
    });
}

const BYDAY = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/** The RRULE a repeat choice makes: weekly, or monthly on the same nth weekday ("+3SA"). */
export function rruleFor(
  repeat: (typeof EVENT_REPEATS)[number],
  start: LocalDateTime,
  until?: string,
) {
  if (repeat === "none") return null;
  const date = localAsUtc(start);
  const untilPart = until ? `;UNTIL=${until.replace(/-/g, "")}T235959` : "";
  if (repeat === "weekly") return `FREQ=WEEKLY${untilPart}`;
  const nth = Math.ceil(date.getUTCDate() / 7);
  return `FREQ=MONTHLY;BYDAY=+${nth}${BYDAY[date.getUTCDay()]}${untilPart}`;
}

/** An all-day event runs from midnight of its first day to midnight after its last. */
export function allDayRange(start: LocalDateTime, end: LocalDateTime) {
  const first = `${start.slice(0, 10)}T00:00`;
  const last = new Date(Date.parse(`${end.slice(0, 10)}T00:00:00Z`) + 86_400_000);
  return { startLocal: first, endLocal: last.toISOString().slice(0, 16) };
}
