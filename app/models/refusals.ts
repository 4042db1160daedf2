import type { DealRefusal } from "./deals/refusals";
import type { DirectoryRefusal } from "./directory/refusals";
import type { EventRefusal } from "./events/refusals";
import type { ImageRefusal } from "./images/refusals";
import type { InvitationRefusal } from "./invitations/refusals";
import type { MessageRefusal } from "./messages/refusals";
import type { NewsRefusal } from "./news/refusals";
import type {
  AccountRefusal,
  CodeRefusal,
  NewMemberRefusal,
  PrivilegeRefusal,
  VouchRefusal,
} from "./members/refusals";
import type { DecisionRefusal, FlagRefusal } from "./moderation/refusals";
import type { FollowRefusal } from "./notifications/refusals";
import type { PostRefusal } from "./questions/refusals";

/**
 * Why a member's action was refused, whatever the feature: one union, told
 * apart by `reason`. Each feature lists its reasons in its own `refusals.ts`;
 * nothing was changed when one is returned. Routes turn any refusal into a
 * French (or English) sentence and an HTTP status with refusal-message.ts.
 */
export type Refusal =
  | { reason: "not-found" }
  | { reason: "not-allowed" }
  | { reason: "rate-limited"; retryAfterSeconds: number }
  | PrivilegeRefusal
  | AccountRefusal
  | NewMemberRefusal
  | VouchRefusal
  | CodeRefusal
  | PostRefusal
  | MessageRefusal
  | FlagRefusal
  | DecisionRefusal
  | FollowRefusal
  | ImageRefusal
  | InvitationRefusal
  | DirectoryRefusal
  | DealRefusal
  | EventRefusal
  | NewsRefusal;

/** What a member action returns: done (with what the caller needs), or refused and why. */
export type Outcome<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; refusal: Refusal };

export const refused = (refusal: Refusal) => ({ ok: false, refusal }) as const;
