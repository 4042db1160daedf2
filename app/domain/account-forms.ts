import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./passwords";

export const NAME_MAX_LENGTH = 60;
export const EMAIL_MAX_LENGTH = 254;

/**
 * The fields of the account forms (sign-up, sign-in, password reset,
 * settings): one definition that Conform runs in the browser and the
 * actions run again on the server, with the catalogue's messages.
 */
export function accountFields(t: Translate) {
  const required = { required_error: t("form.required") };
  return {
    name: z
      .string(required)
      .trim()
      .min(1, t("form.required"))
      .max(NAME_MAX_LENGTH, t("form.tooLong", { max: NAME_MAX_LENGTH })),
    email: z
      .string(required)
      .trim()
      .max(EMAIL_MAX_LENGTH, t("form.tooLong", { max: EMAIL_MAX_LENGTH }))
      .email(t("form.emailInvalid")),
    newPassword: z
      .string(required)
      .min(PASSWORD_MIN_LENGTH, t("form.passwordTooShort", { min: PASSWORD_MIN_LENGTH }))
      .max(PASSWORD_MAX_LENGTH, t("form.tooLong", { max: PASSWORD_MAX_LENGTH })),
  };
}
