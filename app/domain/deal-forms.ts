import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";

/** The longest text of a bon plan: a few lines (ADR 024). */
export const DEAL_BODY_MAX = 1000;
export const DEAL_TITLE_MAX = 80;
export const DEAL_CODE_MAX = 40;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) =>
  DAY.test(value) && !Number.isNaN(new Date(`${value}T12:00:00Z`).getTime());

/** The « Nouveau bon plan » form, the same in the browser and on the server. */
export function dealSchema(t: Translate) {
  const day = z
    .string({ required_error: t("deals.form.dayInvalid") })
    .trim()
    .refine(isDay, t("deals.form.dayInvalid"));
  return z.object({
    title: z
      .string({ required_error: t("deals.form.titleInvalid") })
      .trim()
      .min(3, t("deals.form.titleInvalid"))
      .max(DEAL_TITLE_MAX, t("deals.form.titleInvalid")),
    body: z.string().trim().max(DEAL_BODY_MAX, t("deals.form.bodyInvalid")).optional(),
    validFrom: day,
    validUntil: day,
    quantity: z.coerce
      .number({ invalid_type_error: t("deals.form.quantityInvalid") })
      .int(t("deals.form.quantityInvalid"))
      .min(1, t("deals.form.quantityInvalid"))
      .max(10_000, t("deals.form.quantityInvalid"))
      .optional(),
    code: z.string().trim().max(DEAL_CODE_MAX, t("deals.form.codeInvalid")).optional(),
  });
}
