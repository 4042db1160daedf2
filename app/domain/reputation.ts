/** Why a member's reputation changed: one ledger row per reason (docs/reputation.md). */
export const REPUTATION_REASONS = [
  "answer-upvoted",
  "question-upvoted",
  "answer-accepted",
  "accepted-an-answer",
  "thanks-received",
  "post-downvoted",
  "downvoted-an-answer",
] as const;
export type ReputationReason = (typeof REPUTATION_REASONS)[number];
