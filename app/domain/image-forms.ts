import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";
import { IMAGE_ALT_MAX, IMAGES_PER_POST_MAX } from "./images";

/** The description field of each photo, by its place in the file input's list. */
export const ALT_FIELDS = ["alt1", "alt2", "alt3", "alt4"] as const;

/** The file input's name. */
export const PHOTOS_FIELD = "photos";

/** Files actually chosen (an empty file input still sends one nameless, empty part). */
function chosenFiles(value: unknown): number {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter(
    (entry) => typeof File !== "undefined" && entry instanceof File && entry.size > 0,
  ).length;
}

/**
 * A post form with photos: the form's fields, plus the photos' descriptions
 * (`schema.extend(photoFields(t)).superRefine(altsRequired(t))`), each
 * required for a photo chosen. In the browser Conform sees the files and
 * says so before anything is sent (files chosen stay chosen); the server
 * reads the files apart (preparePhotos) and checks again.
 */
export function photoFields(t: Translate) {
  const alt = z
    .string()
    .trim()
    .max(IMAGE_ALT_MAX, t("photos.altTooLong", { max: IMAGE_ALT_MAX }))
    .optional();
  return { [PHOTOS_FIELD]: z.unknown().optional(), alt1: alt, alt2: alt, alt3: alt, alt4: alt };
}

type PhotoValues = { [PHOTOS_FIELD]?: unknown } & Partial<
  Record<(typeof ALT_FIELDS)[number], string>
>;

export function altsRequired(t: Translate) {
  return (value: PhotoValues, context: z.RefinementCtx) => {
    const chosen = chosenFiles(value[PHOTOS_FIELD]);
    if (chosen > IMAGES_PER_POST_MAX) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: [PHOTOS_FIELD],
        message: t("refusal.image-too-many"),
      });
    }
    ALT_FIELDS.slice(0, chosen).forEach((name, index) => {
      if (!value[name]) {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          path: [name],
          message: t("refusal.image-alt-missing", { position: index + 1 }),
        });
      }
    });
  };
}
