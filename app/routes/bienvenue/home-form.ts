import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";
import { HOME_RADII_KM, type HomeRadiusKm } from "#app/domain/home";
import { PLACE_QUERY_MAX_LENGTH } from "#app/domain/places";

/** The first step: home commune (typed or picked) and how far around it to look. */
export function homeSchema(t: Translate) {
  return z.object({
    placeQuery: z
      .string({ required_error: t("follows.placeRequired") })
      .trim()
      .min(1, t("follows.placeRequired"))
      .max(PLACE_QUERY_MAX_LENGTH, t("form.tooLong", { max: PLACE_QUERY_MAX_LENGTH })),
    placeCode: z.string().max(10).optional(),
    radiusKm: z.coerce
      .number({ invalid_type_error: t("follows.invalidChoice") })
      .refine((radius): radius is HomeRadiusKm => HOME_RADII_KM.some((r) => r === radius), {
        message: t("follows.invalidChoice"),
      }),
  });
}
