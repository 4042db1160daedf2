import type { FlagReason, FlagTarget, ModerationActionKind } from "#db/schema";

/**
 * The moderation vocabulary for forms, in the browser as on the server
 * (db/schema.ts is server-only; flag.server.test.ts checks these lists match it).
 */
export const FLAG_TARGET_CHOICES = [
  "question",
  "answer",
  "comment",
  "message",
  "conversation",
  "member",
] as const satisfies readonly FlagTarget[];

export const FLAG_REASON_CHOICES = [
  "spam",
  "offensive",
  "dangerous",
  "off-topic",
  "other",
] as const satisfies readonly FlagReason[];

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
] as const satisfies readonly ModerationActionKind[];
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

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
