import type { NewMemberRefusal } from "#app/models/members/new-member-limits.server";
import type { Refusal } from "#app/models/members/privileges.server";

/**
 * Why a post action was refused. Routes turn it into a French message (or a
 * JSON error) with `refusalMessage`; nothing was changed when one is returned.
 */
export type PostRefusal =
  | Refusal
  | { reason: "not-found" }
  | { reason: "own-post" }
  | { reason: "not-asker" }
  | { reason: "not-allowed" }
  | { reason: "question-closed" }
  | { reason: "question-open" }
  | { reason: "has-answers" }
  | { reason: "place-too-far" }
  | { reason: "bad-duplicate" }
  | { reason: "question-locked" }
  // Private messages: to oneself, to an erased account, to a member one
  // blocked, to a member who blocked you (said no more plainly than that).
  | { reason: "message-length" }
  | { reason: "message-self" }
  | { reason: "message-former-member" }
  | { reason: "message-blocking" }
  | { reason: "message-blocked" }
  | { reason: "rate-limited"; retryAfterSeconds: number }
  | NewMemberRefusal;

export type Outcome<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; refusal: PostRefusal };

export const refused = (refusal: PostRefusal) => ({ ok: false, refusal }) as const;
