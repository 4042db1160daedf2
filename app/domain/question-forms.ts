import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";
import {
  BODY_MAX,
  CATEGORIES,
  COMMENT_MAX,
  QUESTION_KINDS,
  TAG_MAX_LENGTH,
  TAGS_MAX,
  TITLE_MAX,
  TITLE_MIN,
  normalizeTags,
} from "./questions";

/**
 * The form schemas of questions, answers and comments: one definition that
 * Conform runs in the browser and the actions run again on the server.
 */
export function questionFields(t: Translate) {
  return {
    title: z
      .string({ required_error: t("form.required") })
      .trim()
      .min(TITLE_MIN, t("ask.error.titleLength", { min: TITLE_MIN, max: TITLE_MAX }))
      .max(TITLE_MAX, t("ask.error.titleLength", { min: TITLE_MIN, max: TITLE_MAX })),
    body: z
      .string()
      .trim()
      .max(BODY_MAX, t("ask.error.bodyLength", { max: BODY_MAX }))
      .default(""),
    category: z.enum(CATEGORIES, { errorMap: () => ({ message: t("ask.error.category") }) }),
    tags: z
      .string()
      .max(400, t("ask.error.tooManyTags", { max: TAGS_MAX }))
      .default("")
      .transform((typed) => normalizeTags(typed))
      .refine((tags) => tags.length <= TAGS_MAX, t("ask.error.tooManyTags", { max: TAGS_MAX }))
      .refine(
        (tags) => tags.every((tag) => tag.length <= TAG_MAX_LENGTH),
        t("ask.error.tagTooLong", { max: TAG_MAX_LENGTH }),
      ),
  };
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

export function askSchema(t: Translate, today: string) {
  return z.object({
    ...questionFields(t),
    kind: z.enum(QUESTION_KINDS, { errorMap: () => ({ message: t("ask.error.kind") }) }),
    placeCode: z
      .string({ required_error: t("ask.error.place") })
      .trim()
      .max(10),
    neededBy: z
      .string()
      .regex(isoDay, t("ask.error.neededBy"))
      .refine((day) => day >= today && !Number.isNaN(Date.parse(day)), t("ask.error.neededBy"))
      .optional(),
    sharePosition: z.literal("on").optional(),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lng: z.coerce.number().min(-180).max(180).optional(),
  });
}

export function editQuestionSchema(t: Translate) {
  return z.object({
    ...questionFields(t),
    summary: z
      .string()
      .trim()
      .max(200, t("form.tooLong", { max: 200 }))
      .optional(),
  });
}

export function answerSchema(t: Translate) {
  return z.object({
    body: z
      .string({ required_error: t("form.required") })
      .trim()
      .min(2, t("form.required"))
      .max(BODY_MAX, t("ask.error.bodyLength", { max: BODY_MAX })),
    summary: z
      .string()
      .trim()
      .max(200, t("form.tooLong", { max: 200 }))
      .optional(),
  });
}

export function commentSchema(t: Translate) {
  return z.object({
    body: z
      .string({ required_error: t("form.required") })
      .trim()
      .min(2, t("form.required"))
      .max(COMMENT_MAX, t("form.tooLong", { max: COMMENT_MAX })),
  });
}
