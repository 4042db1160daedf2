import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";

/** Private messages are plain text, like a text message: 1 to 2,000 characters once trimmed. */
export const MESSAGE_MAX = 2000;

export function messageSchema(t: Translate) {
  return z.object({
    body: z
      .string({ required_error: t("messages.error.required") })
      .trim()
      .min(1, t("messages.error.required"))
      .max(MESSAGE_MAX, t("messages.error.tooLong")),
  });
}
