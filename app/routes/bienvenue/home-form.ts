import type { Translate } from "#app/i18n/i18n";
import { HOME_RADII_KM } from "#app/domain/home";
import { placeAndRadiusSchema } from "#app/domain/place-and-radius-form";

/** The first step: home commune (typed or picked) and how far around it to look. */
export function homeSchema(t: Translate) {
  return placeAndRadiusSchema(t, HOME_RADII_KM);
}
