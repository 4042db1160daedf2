import type { SubmissionResult } from "@conform-to/react";
import { z } from "zod";
import type { Translate } from "#app/i18n/i18n";
import {
  FLAG_TARGETS,
  MODERATION_DECISIONS,
  MODERATION_RULES,
  SUSPENSION_DAYS,
} from "#app/domain/moderation";

export const DECISION_REASON_MAX = 500;

/** A moderator's decision on one reported item: one schema for the queue's forms and the action. */
export function decisionSchema(t: Translate) {
  return z.object({
    targetType: z.enum(FLAG_TARGETS),
    targetId: z.string().regex(/^[\w-]{1,40}$/),
    decision: z.enum(MODERATION_DECISIONS, {
      errorMap: () => ({ message: t("moderation.invalid") }),
    }),
    rule: z.enum(MODERATION_RULES, { errorMap: () => ({ message: t("moderation.invalid") }) }),
    reason: z
      .string()
      .trim()
      .max(DECISION_REASON_MAX, t("form.tooLong", { max: DECISION_REASON_MAX }))
      .optional(),
    days: z.coerce
      .number()
      .refine((days) => (SUSPENSION_DAYS as readonly number[]).includes(days))
      .optional(),
  });
}

/** The action's answer, for the item it is about (`key`): the form's errors, or what was done. */
export type DecisionReply = {
  key: string;
  result: SubmissionResult<string[]> | null;
  done: string | null;
};

/** Which item of the queue a decision is about, in the page and in the action. */
export const itemKey = (item: { targetType: unknown; targetId: unknown }) =>
  `${item.targetType}-${item.targetId}`;
