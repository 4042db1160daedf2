import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";
import { HOME_RADII_KM } from "#app/domain/home";
import { placeAndRadiusSchema } from "#app/domain/place-and-radius-form";
import { skillsField } from "#app/domain/profile-forms";

/** The first step: home commune (typed or picked) and how far around it to look. */
export function homeSchema(t: Translate) {
  return placeAndRadiusSchema(t, HOME_RADII_KM);
}

/** The second step: what one can help with, ticked from the skills list. */
export function skillsStepSchema(t: Translate) {
  return z.object({ skills: skillsField(t) });
}
