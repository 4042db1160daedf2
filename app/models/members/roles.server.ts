import { and, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { places, roleGrants, users } from "#db/schema";

export type StaffRole = "ambassador" | "moderator";

/** Every ambassador and moderator, for the admin page. */
export function listRoleGrants(db: AppDatabase) {
  return db
    .select({
      id: roleGrants.id,
      role: roleGrants.role,
      userId: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      placeName: places.name,
    })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .leftJoin(places, eq(places.id, roleGrants.placeId))
    .all();
}

/**
 * Appoints a member ambassador or moderator of a place (a moderator with no
 * place is global; an ambassador always has one). Appointing twice is harmless.
 */
export function grantRole(
  db: AppDatabase,
  grant: { userId: string; role: StaffRole; placeId: number | null; grantedById: string },
) {
  if (grant.role === "ambassador" && grant.placeId == null) return false;
  const existing = db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.userId, grant.userId),
        eq(roleGrants.role, grant.role),
        grant.placeId == null ? isNull(roleGrants.placeId) : eq(roleGrants.placeId, grant.placeId),
      ),
    )
    .get();
  if (!existing) db.insert(roleGrants).values(grant).run();
  return true;
}

export function removeRoleGrant(db: AppDatabase, grantId: number) {
  db.delete(roleGrants).where(eq(roleGrants.id, grantId)).run();
}
