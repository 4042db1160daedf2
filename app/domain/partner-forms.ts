import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";
import {
  isDay,
  MONTHLY_AMOUNT_MAX_CENTS,
  PARTNER_DESCRIPTION_MAX,
  PARTNER_SERVICES,
  PARTNERSHIP_REASON_MAX,
} from "./partners";

/*
 * The forms of partnerships and partners' pages: one definition Conform runs
 * in the browser and the actions run again on the server.
 */

const day = (t: Translate) =>
  z
    .string({ required_error: t("partnership.dayRequired") })
    .refine(isDay, t("partnership.dayRequired"));

/** Euros as typed in France or elsewhere ("30", "30,50", "30.5"), to cents. */
const euros = (t: Translate) =>
  z
    .string({ required_error: t("partnership.amountInvalid") })
    .trim()
    .regex(/^\d{1,4}([.,]\d{1,2})?$/, t("partnership.amountInvalid"))
    .transform((value) => Math.round(Number(value.replace(",", ".")) * 100))
    .refine((cents) => cents <= MONTHLY_AMOUNT_MAX_CENTS, t("partnership.amountInvalid"));

export function recordPartnershipSchema(t: Translate) {
  return z
    .object({
      intent: z.literal("record"),
      startsOn: day(t),
      endsOn: day(t),
      amount: euros(t),
      ambassadorId: z.string().max(40).optional(),
    })
    .refine((form) => form.endsOn >= form.startsOn, {
      path: ["endsOn"],
      message: t("partnership.endsBeforeStart"),
    });
}

export function renewPartnershipSchema(t: Translate) {
  return z.object({
    intent: z.literal("renew"),
    partnershipId: z.coerce.number().int().positive(),
    endsOn: day(t),
    amount: euros(t),
    ambassadorId: z.string().max(40).optional(),
  });
}

export function endPartnershipSchema(t: Translate) {
  return z.object({
    intent: z.literal("end"),
    partnershipId: z.coerce.number().int().positive(),
    reason: z
      .string({ required_error: t("partnership.reasonRequired") })
      .trim()
      .min(3, t("partnership.reasonRequired"))
      .max(PARTNERSHIP_REASON_MAX, t("form.tooLong", { max: PARTNERSHIP_REASON_MAX })),
  });
}

export function partnerPageSchema(t: Translate) {
  return z.object({
    longDescription: z
      .string()
      .trim()
      .max(PARTNER_DESCRIPTION_MAX, t("form.tooLong", { max: PARTNER_DESCRIPTION_MAX }))
      .optional(),
    services: z.array(z.enum(PARTNER_SERVICES)).max(PARTNER_SERVICES.length).optional(),
  });
}
