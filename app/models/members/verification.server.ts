import { and, desc, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { neighbourVerifications } from "#db/schema";
import { isStaffFor } from "./staff-roles.server";

/*
 * A verified neighbour: a member whose present home place is confirmed, by
 * two neighbours' vouches (vouches.server.ts), a code from a partner place
 * (verification-codes.server.ts) or the place's staff directly (here). Moving
 * drops it; a moderator may revoke it.
 */

export type Member = { id: string; homePlaceId: number | null };

/**
 * The member's current verification, if any: it must be for their present
 * home place (moving drops it) and not revoked.
 */
export function activeVerification(db: AppDatabase, member: Member) {
  if (member.homePlaceId == null) return undefined;
  return db
    .select()
    .from(neighbourVerifications)
    .where(
      and(
        eq(neighbourVerifications.userId, member.id),
        eq(neighbourVerifications.placeId, member.homePlaceId),
        isNull(neighbourVerifications.revokedAt),
      ),
    )
    .orderBy(desc(neighbourVerifications.createdAt))
    .get();
}

/** An ambassador or moderator of the member's place verifies them directly. */
export function verifyByStaff(
  db: AppDatabase,
  staff: { id: string; isAdmin: boolean },
  member: Member,
) {
  if (member.homePlaceId == null || !isStaffFor(db, staff, member.homePlaceId)) return false;
  if (activeVerification(db, member)) return true;
  db.insert(neighbourVerifications)
    .values({
      userId: member.id,
      placeId: member.homePlaceId,
      method: "staff",
      verifiedById: staff.id,
    })
    .run();
  return true;
}

/** A moderator of the place (or an admin) revokes a verification, with a reason kept on record. */
export function revokeVerification(
  db: AppDatabase,
  moderator: { id: string; isAdmin: boolean },
  member: Member,
  reason: string,
) {
  const verification = activeVerification(db, member);
  if (!verification || !isStaffFor(db, moderator, verification.placeId, ["moderator"]))
    return false;
  db.update(neighbourVerifications)
    .set({ revokedAt: new Date(), revokedById: moderator.id, revokeReason: reason })
    .where(eq(neighbourVerifications.id, verification.id))
    .run();
  return true;
}
