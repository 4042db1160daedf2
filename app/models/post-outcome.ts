import type { NewMemberRefusal } from "./new-member-limits.server";
import type { Refusal } from "./privileges.server";

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
  /** `until`: when the member's first day ends, for the sentence "à partir de 14 h 30". */
  | (NewMemberRefusal & { until?: Date });

export type Outcome<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; refusal: PostRefusal };

export const refused = (refusal: PostRefusal) => ({ ok: false, refusal }) as const;
