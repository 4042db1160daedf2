import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";
import {
  CLAIM_CHECKS,
  CLAIM_MESSAGE_MAX,
  CLAIM_NOTE_MAX,
  CLAIM_ROLE_MAX,
  CONTACT_FIELD_MAX,
  ORGANISATION_CATEGORIES,
  ORGANISATION_DESCRIPTION_MAX,
  ORGANISATION_NAME_MAX,
} from "./directory";
import {
  DAYS_OF_WEEK,
  SPECIAL_DAY_REASONS,
  type DayOfWeek,
  type OpeningHours,
} from "./opening-hours";
import { PLACE_QUERY_MAX_LENGTH } from "./places";

/*
 * The forms of claims and listing management: one definition that Conform
 * runs in the browser and the actions run again on the server. The hours
 * form works without JavaScript: a fixed number of rows a day, and blank
 * rows for special days; blank rows are ignored.
 */

/** Time rows a day in the hours form (a shop that closes for lunch needs two). */
export const RANGES_PER_DAY = 3;
/** Blank special-day rows offered below those already set. */
export const BLANK_SPECIAL_DAYS = 2;
export const SPECIAL_DAYS_MAX = 30;

const text = (t: Translate, max: number) =>
  z.string().trim().max(max, t("form.tooLong", { max })).optional();

export function claimSchema(t: Translate) {
  return z.object({
    role: z
      .string({ required_error: t("claim.roleRequired") })
      .trim()
      .min(2, t("claim.roleRequired"))
      .max(CLAIM_ROLE_MAX, t("form.tooLong", { max: CLAIM_ROLE_MAX })),
    message: text(t, CLAIM_MESSAGE_MAX),
  });
}

export function newListingSchema(t: Translate) {
  return claimSchema(t).extend({
    name: z
      .string({ required_error: t("form.required") })
      .trim()
      .min(2, t("form.required"))
      .max(ORGANISATION_NAME_MAX, t("form.tooLong", { max: ORGANISATION_NAME_MAX })),
    category: z.enum(ORGANISATION_CATEGORIES as [string, ...string[]], {
      errorMap: () => ({ message: t("listing.categoryRequired") }),
    }),
    placeQuery: z
      .string({ required_error: t("follows.placeRequired") })
      .trim()
      .min(1, t("follows.placeRequired"))
      .max(PLACE_QUERY_MAX_LENGTH, t("form.tooLong", { max: PLACE_QUERY_MAX_LENGTH })),
    placeCode: z.string().max(10).optional(),
  });
}

export function reviewSchema(t: Translate) {
  return z
    .object({
      intent: z.enum(["approve", "refuse"]),
      claimId: z.coerce.number().int().positive(),
      check: z.enum(CLAIM_CHECKS).optional(),
      note: text(t, CLAIM_NOTE_MAX),
    })
    .refine((review) => review.intent === "refuse" || review.check, {
      path: ["check"],
      message: t("claim.checkRequired"),
    })
    .refine((review) => review.intent === "refuse" || review.note, {
      path: ["note"],
      message: t("claim.noteRequired"),
    });
}

export function revokeSchema(t: Translate) {
  return z.object({
    intent: z.literal("revoke"),
    claimId: z.coerce.number().int().positive(),
    reason: z
      .string({ required_error: t("claim.reasonRequired") })
      .trim()
      .min(5, t("claim.reasonRequired"))
      .max(CLAIM_NOTE_MAX, t("form.tooLong", { max: CLAIM_NOTE_MAX })),
  });
}

/** Staff merge a duplicate listing into the one to keep (ADR 025), with a public reason. */
export function mergeSchema(t: Translate) {
  return z.object({
    keptId: z
      .number({
        required_error: t("merge.pickRequired"),
        invalid_type_error: t("merge.pickRequired"),
      })
      .int()
      .positive(),
    reason: z
      .string({ required_error: t("claim.reasonRequired") })
      .trim()
      .min(5, t("claim.reasonRequired"))
      .max(CLAIM_NOTE_MAX, t("form.tooLong", { max: CLAIM_NOTE_MAX })),
    confirm: z
      .boolean({ required_error: t("merge.confirmRequired") })
      .refine((value) => value, t("merge.confirmRequired")),
  });
}

const clock = (t: Translate) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, t("hours.form.timeInvalid"))
    .optional();

const day = (t: Translate) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, t("hours.form.dayInvalid"))
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), t("hours.form.dayInvalid"))
    .optional();

function rangeRow(t: Translate) {
  return z
    .object({ opens: clock(t), closes: clock(t) })
    .refine((range) => Boolean(range.opens) === Boolean(range.closes), {
      path: ["closes"],
      message: t("hours.form.bothTimes"),
    });
}

function specialRow(t: Translate) {
  return z
    .object({
      from: day(t),
      through: day(t),
      reason: z.enum(SPECIAL_DAY_REASONS).optional(),
      opens: clock(t),
      closes: clock(t),
    })
    .refine((row) => Boolean(row.opens) === Boolean(row.closes), {
      path: ["closes"],
      message: t("hours.form.bothTimes"),
    })
    .refine((row) => !row.through || (row.from && row.from <= row.through), {
      path: ["through"],
      message: t("hours.form.throughBeforeFrom"),
    })
    .refine((row) => row.from || (!row.opens && !row.through), {
      path: ["from"],
      message: t("hours.form.dayInvalid"),
    });
}

const weeklyFields = (t: Translate) =>
  Object.fromEntries(
    DAYS_OF_WEEK.map((weekday) => [weekday, z.array(rangeRow(t)).max(RANGES_PER_DAY).optional()]),
  ) as Record<DayOfWeek, z.ZodOptional<z.ZodArray<ReturnType<typeof rangeRow>>>>;

export function listingEditSchema(t: Translate) {
  return z.object({
    description: text(t, ORGANISATION_DESCRIPTION_MAX),
    phone: z
      .string()
      .trim()
      .max(30, t("form.tooLong", { max: 30 }))
      .regex(/^\+?[\d .-]{6,}$/, t("listing.phoneInvalid"))
      .optional(),
    website: z
      .string()
      .trim()
      .max(CONTACT_FIELD_MAX, t("form.tooLong", { max: CONTACT_FIELD_MAX }))
      .url(t("listing.websiteInvalid"))
      .refine((url) => /^https?:\/\//i.test(url), t("listing.websiteInvalid"))
      .optional(),
    email: z
      .string()
      .trim()
      .max(CONTACT_FIELD_MAX, t("form.tooLong", { max: CONTACT_FIELD_MAX }))
      .email(t("listing.emailInvalid"))
      .optional(),
    address: text(t, CONTACT_FIELD_MAX),
    postalCode: z
      .string()
      .trim()
      .regex(/^\d{5}$/, t("listing.postalCodeInvalid"))
      .optional(),
    addressPublic: z.boolean().optional(),
    ...weeklyFields(t),
    special: z
      .array(specialRow(t))
      .max(SPECIAL_DAYS_MAX + BLANK_SPECIAL_DAYS)
      .optional(),
  });
}

export type ListingEditForm = z.infer<ReturnType<typeof listingEditSchema>>;

/**
 * The form's rows as opening hours: a weekly range per set of days with the
 * same times (Tuesday to Saturday 7–13 is one range), blank rows dropped; a
 * special day without times is closed. Null when nothing is set.
 */
export function hoursFromForm(form: ListingEditForm): OpeningHours | null {
  const byTimes = new Map<string, DayOfWeek[]>();
  for (const weekday of DAYS_OF_WEEK) {
    for (const range of form[weekday] ?? []) {
      if (!range.opens || !range.closes) continue;
      const key = `${range.opens}-${range.closes}`;
      byTimes.set(key, [...(byTimes.get(key) ?? []), weekday]);
    }
  }
  const weekly = [...byTimes].map(([key, days]) => {
    const [opens, closes] = key.split("-") as [string, string];
    return { days: [...new Set(days)], opens, closes };
  });
  const special = (form.special ?? [])
    .filter((row) => row.from)
    .map((row) => ({
      from: row.from!,
      through: row.through || row.from!,
      reason: row.reason ?? ("closure" as const),
      ranges: row.opens && row.closes ? [{ opens: row.opens, closes: row.closes }] : [],
    }))
    .sort((a, b) => a.from.localeCompare(b.from))
    .slice(0, SPECIAL_DAYS_MAX);
  return weekly.length > 0 || special.length > 0 ? { weekly, special } : null;
}

/** The form's starting rows from stored hours: each day's ranges in order, then the special days. */
export function hoursToForm(hours: OpeningHours | null) {
  const rows = Object.fromEntries(
    DAYS_OF_WEEK.map((weekday) => [
      weekday,
      (hours?.weekly ?? [])
        .filter((range) => range.days.includes(weekday))
        .map((range) => ({ opens: range.opens, closes: range.closes }))
        .sort((a, b) => a.opens.localeCompare(b.opens))
        .slice(0, RANGES_PER_DAY),
    ]),
  ) as Record<DayOfWeek, { opens: string; closes: string }[]>;
  const special = (hours?.special ?? []).slice(0, SPECIAL_DAYS_MAX).map((row) => ({
    from: row.from,
    through: row.through === row.from ? "" : row.through,
    reason: row.reason,
    opens: row.ranges[0]?.opens ?? "",
    closes: row.ranges[0]?.closes ?? "",
  }));
  return { ...rows, special };
}
