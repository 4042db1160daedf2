import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";
import {
  BIO_MAX,
  FREE_TAG_MAX_LENGTH,
  FREE_TAGS_MAX,
  normalizeFreeTags,
  SKILL_SLUGS,
  SKILLS_MAX,
} from "./skills";

/** Skills ticked from the list (the profile page, the welcome path): at most SKILLS_MAX. */
export function skillsField(t: Translate) {
  return z
    .array(z.enum(SKILL_SLUGS, { errorMap: () => ({ message: t("form.invalid") }) }))
    .max(SKILLS_MAX, t("helpProfile.tooManySkills", { max: SKILLS_MAX }))
    .default([]);
}

/** The forms of the profile page: what one can help with, and the photo. */
export function helpProfileSchema(t: Translate) {
  return z.discriminatedUnion("intent", [
    z.object({
      intent: z.literal("profile"),
      bio: z
        .string()
        .trim()
        .max(BIO_MAX, t("helpProfile.bioTooLong", { max: BIO_MAX }))
        .default(""),
      skills: skillsField(t),
      tags: z
        .string()
        .max(400, t("helpProfile.tooManyTags", { max: FREE_TAGS_MAX }))
        .default("")
        .transform((typed) => normalizeFreeTags(typed))
        .refine(
          (tags) => tags.length <= FREE_TAGS_MAX,
          t("helpProfile.tooManyTags", { max: FREE_TAGS_MAX }),
        )
        .refine(
          (tags) => tags.every((tag) => tag.length <= FREE_TAG_MAX_LENGTH),
          t("helpProfile.tagTooLong", { max: FREE_TAG_MAX_LENGTH }),
        ),
    }),
    z.object({ intent: z.literal("photo") }),
    z.object({ intent: z.literal("remove-photo") }),
  ]);
}

/** The profile photo's file input. */
export const AVATAR_FIELD = "photo";
