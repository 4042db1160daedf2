import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";
import { NEWS_BODY_MAX, NEWS_REACH_KM, NEWS_TITLE_MAX, PUBLISHER_VALUE } from "./news";

/** The news form (ADR 027): on whose behalf, title, Markdown text, and reach. Browser-safe. */
export function newsSchema(t: Translate) {
  return z.object({
    publisher: z
      .string({ required_error: t("news.error.publisher") })
      .regex(PUBLISHER_VALUE, t("news.error.publisher")),
    title: z
      .string({ required_error: t("news.error.title") })
      .trim()
      .min(3, t("news.error.title"))
      .max(NEWS_TITLE_MAX, t("news.error.title")),
    body: z
      .string({ required_error: t("news.error.body") })
      .trim()
      .min(1, t("news.error.body"))
      .max(NEWS_BODY_MAX, t("news.error.body")),
    reachKm: z.coerce
      .number()
      .refine((km): km is (typeof NEWS_REACH_KM)[number] =>
        (NEWS_REACH_KM as readonly number[]).includes(km),
      ),
  });
}
