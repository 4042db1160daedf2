/*
 * What moderation may refuse. Browser-safe types only; the sentences are in
 * refusal-message.ts.
 */

/** A report (flags.server.ts): never one's own content; « autre » needs a text. */
export type FlagRefusal =
  | { reason: "own-content" }
  | { reason: "other-needs-details" }
  /** The content is gone or not visible to the flagger. */
  | { reason: "flag-target-gone" };

/** A staff decision (decisions.server.ts). */
export type DecisionRefusal =
  | { reason: "decision-target-gone" }
  /** Not staff of the target's place, or a decision their role does not take. */
  | { reason: "decision-not-allowed" }
  /** A decision that does not apply to this target (or found nothing to do). */
  | { reason: "decision-not-applicable" };
