import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";
import { PLACE_QUERY_MAX_LENGTH } from "#app/domain/places";

/**
 * The fields of a form that picks a commune (typed, or chosen in the list)
 * and how far around it to look, among the radii the form offers: the home
 * step of the onboarding and the follows in settings.
 */
export function placeAndRadiusSchema<Radius extends number>(
  t: Translate,
  radii: readonly Radius[],
) {
  return z.object({
    placeQuery: z
      .string({ required_error: t("follows.placeRequired") })
      .trim()
      .min(1, t("follows.placeRequired"))
      .max(PLACE_QUERY_MAX_LENGTH, t("form.tooLong", { max: PLACE_QUERY_MAX_LENGTH })),
    placeCode: z.string().max(10).optional(),
    radiusKm: z.coerce
      .number({ invalid_type_error: t("follows.invalidChoice") })
      .refine((radius): radius is Radius => radii.some((offered) => offered === radius), {
        message: t("follows.invalidChoice"),
      }),
  });
}
