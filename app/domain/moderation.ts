/**
 * The moderation vocabulary, for forms in the browser as on the server
 * (db/schema.ts types its columns with it, and is server-only).
 */

/** Where moderation removed a post: awaiting review after reports, or decided. */
export const MODERATION_STATES = ["pending-review", "hidden", "deleted"] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];

export const FLAG_TARGETS = [
  "question",
  "answer",
  "comment",
  "message",
  "conversation",
  "member",
] as const;
export type FlagTarget = (typeof FLAG_TARGETS)[number];

export const FLAG_REASONS = ["spam", "offensive", "dangerous", "off-topic", "other"] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

/** The decisions a moderator takes from the queue (auto-hide is the community's). */
export const MODERATION_DECISIONS = [
  "dismiss",
  "hide",
  "delete",
  "restore",
  "lock",
  "unlock",
  "suspend",
  "revoke-verification",
] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

/**
 * Every kind of entry of the moderation log: the community's auto-hide, the
 * decisions, and staff revoking a member's management of a directory listing
 * or merging a duplicate listing into another.
 */
export const MODERATION_ACTIONS = [
  "auto-hide",
  ...MODERATION_DECISIONS,
  "revoke-claim",
  "merge-listing",
] as const;
export type ModerationActionKind = (typeof MODERATION_ACTIONS)[number];

/** What a log entry is about: what members report, and directory listings. */
export type LogTarget = FlagTarget | "organisation";

/** The rules a decision cites (docs/moderation.md): the flag reasons, and personal data. */
export const MODERATION_RULES = [
  "spam",
  "offensive",
  "dangerous",
  "off-topic",
  "personal-data",
  "other",
] as const;
export type ModerationRule = (typeof MODERATION_RULES)[number];

export const SUSPENSION_DAYS = [1, 7, 30] as const;

/** Report details ("autre") are short. */
export const FLAG_DETAILS_MAX = 500;
