import { and, desc, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { neighbourVerifications } from "#db/schema";

/**
 * The member's current verification, if any: it must be for their present
 * home place (moving drops it) and not revoked.
 */
export function activeVerification(
  db: AppDatabase,
  member: { id: string; homePlaceId: number | null },
) {
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
