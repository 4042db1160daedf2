/*
 * What the members feature may refuse. Browser-safe types only; the sentences
 * are in refusal-message.ts, the union of all features in refusals.ts.
 */

/** The privileges that need reputation (their thresholds: PRIVILEGE_THRESHOLDS). */
export type RankedPrivilege = "voteDown" | "voteToClose" | "editOthers";

/** Why a member may not use a privilege now (privileges.server.ts). */
export type PrivilegeRefusal =
  | { reason: "email-unverified" }
  | { reason: "suspended"; until: Date }
  | { reason: "not-verified-neighbour" }
  | { reason: "reputation"; privilege: RankedPrivilege; needed: number; current: number };

/**
 * A new member's first day (new-member-limits.server.ts). `until`: when the
 * day ends, for the sentence "à partir de 14 h 30".
 */
export type NewMemberRefusal =
  | {
      reason: "new-member-limit";
      action: "question" | "answer" | "message" | "news";
      limit: number;
      until: Date;
    }
  | { reason: "new-member-links"; limit: number; until: Date };

/** Why one member cannot vouch for another now (vouches.server.ts). */
export type VouchProblem =
  | "self"
  | "not-verified"
  | "too-far"
  | "already-verified"
  | "already-vouched"
  | "no-place";

/**
 * The same problem, told to whoever acts: the voucher ("cannot-vouch"), or
 * the member asking a neighbour to vouch for them ("cannot-request-vouch").
 */
export type VouchRefusal =
  | { reason: "cannot-vouch"; problem: VouchProblem }
  | { reason: "cannot-request-vouch"; problem: VouchProblem };

/** A verification code typed by a member (verification-codes.server.ts). */
export type CodeRefusal = { reason: "code-invalid" } | { reason: "code-wrong-place" };

/**
 * Account security (reauthentication.server.ts, email-changes.server.ts): a
 * wrong password when it is asked again; an undo link that no longer works,
 * or that an earlier change's link must come before.
 */
export type AccountRefusal =
  | { reason: "wrong-password" }
  | { reason: "undo-link-invalid" }
  | { reason: "undo-superseded" };
