import type { SubmissionResult } from "@conform-to/react";
import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";

export const REVOKE_REASON_MAX = 500;

/**
 * What a member can do on another's profile, told apart by `intent`: one
 * schema for the browser (the revoke form) and the action.
 */
export function memberActionSchema(t: Translate) {
  return z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("vouch") }),
    z.object({ intent: z.literal("verify") }),
    z.object({
      intent: z.literal("revoke"),
      reason: z
        .string({ required_error: t("form.required") })
        .trim()
        .min(1, t("form.required"))
        .max(REVOKE_REASON_MAX, t("form.tooLong", { max: REVOKE_REASON_MAX })),
    }),
    z.object({ intent: z.literal("request-vouch") }),
  ]);
}

export type MemberIntent = z.infer<ReturnType<typeof memberActionSchema>>["intent"];

/** The action's answer: the page's notice, and Conform's result for the form it is about. */
export type MemberReply = {
  intent?: MemberIntent;
  result?: SubmissionResult<string[]>;
  notice?: { ok: boolean; message: string };
};
