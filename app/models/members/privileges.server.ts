import { eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { users } from "#db/schema";
import { activeVerification } from "./verification.server";
import type { PrivilegeRefusal, RankedPrivilege } from "./refusals";
import { isStaffFor } from "./staff-roles.server";

/**
 * What a member may do, and the reputation each step needs: thresholds a
 * small community can reach (docs/reputation.md).
 */
export const PRIVILEGE_THRESHOLDS = {
  voteDown: 50,
  voteToClose: 250,
  editOthers: 1000,
} as const satisfies Record<RankedPrivilege, number>;

/** Votes needed to close or reopen a question, unless a moderator decides. */
export const CLOSE_VOTES_NEEDED = 3;

export type Privilege =
  | "ask"
  | "answer"
  | "comment"
  | "thank"
  | "message"
  | "voteUp"
  | "voteDown"
  | "voteToClose"
  | "editOthers"
  | "flag";

/** A member as the privilege rules see them. */
export type Actor = {
  id: string;
  isAdmin: boolean;
  emailVerified: boolean;
  verifiedNeighbour: boolean;
  reputation: number;
  homePlaceId: number | null;
  /** Set while a moderator's suspension runs: the member reads but does nothing else. */
  suspendedUntil?: Date | null;
};

export function loadActor(db: AppDatabase, userId: string): Actor | null {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user || user.deletedAt) return null;
  return {
    id: user.id,
    isAdmin: user.isAdmin,
    emailVerified: user.emailVerifiedAt != null,
    verifiedNeighbour: Boolean(activeVerification(db, user)),
    reputation: user.reputation,
    homePlaceId: user.homePlaceId,
    suspendedUntil: user.suspendedUntil,
  };
}

/** The end of the member's suspension, while it runs. */
export function suspensionRefusal(actor: Actor, now = new Date()): PrivilegeRefusal | null {
  return actor.suspendedUntil && actor.suspendedUntil > now
    ? { reason: "suspended", until: actor.suspendedUntil }
    : null;
}

/** Why `actor` may not use `privilege`, or null when they may. */
export function privilegeRefusal(actor: Actor, privilege: Privilege): PrivilegeRefusal | null {
  if (!actor.emailVerified) return { reason: "email-unverified" };
  const suspended = suspensionRefusal(actor);
  if (suspended) return suspended;
  if (privilege === "ask" || privilege === "answer" || privilege === "comment") return null;
  // Any confirmed member may report; the flag's weight says how much it counts.
  if (privilege === "flag") return null;
  if (privilege === "thank" || privilege === "message") return null;
  if (!actor.verifiedNeighbour && !actor.isAdmin) return { reason: "not-verified-neighbour" };
  if (privilege === "voteUp") return null;
  const needed = PRIVILEGE_THRESHOLDS[privilege];
  if (actor.reputation < needed && !actor.isAdmin) {
    return { reason: "reputation", privilege, needed, current: actor.reputation };
  }
  return null;
}

/** Moderators of the place (or global ones) and admins close, reopen, edit and restore at once. */
export function isModeratorFor(db: AppDatabase, actor: Actor, placeId: number) {
  return isStaffFor(db, actor, placeId, ["moderator"]);
}
