import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { places, roleGrants, users } from "#db/schema";

/*
 * Who looks after which place: admins everywhere, moderators of a place (or
 * global ones, without a place), ambassadors of a place. Appointed on the
 * admin page; asked by moderation, verification and the privilege rules.
 */

/** A role an admin grants: for a place, or everywhere for a global moderator. */
export type GrantedRole = "ambassador" | "moderator";
/** The role a member acts with: an admin's comes with the account, not from a grant. */
export type StaffRole = "admin" | GrantedRole;

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
  grant: { userId: string; role: GrantedRole; placeId: number | null; grantedById: string },
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

/** True for an admin, and for an ambassador or moderator of that place (or a global moderator). */
export function isStaffFor(
  db: AppDatabase,
  staff: { id: string; isAdmin: boolean },
  placeId: number,
  roles: GrantedRole[] = ["ambassador", "moderator"],
) {
  if (staff.isAdmin) return true;
  return Boolean(
    db
      .select({ id: roleGrants.id })
      .from(roleGrants)
      .where(
        and(
          eq(roleGrants.userId, staff.id),
          inArray(roleGrants.role, roles),
          or(
            eq(roleGrants.placeId, placeId),
            and(eq(roleGrants.role, "moderator"), isNull(roleGrants.placeId)),
          ),
        ),
      )
      .get(),
  );
}

/** Whether the member has a moderation queue at all: an admin, a moderator or an ambassador. */
export function isStaffMember(db: AppDatabase, member: { id: string; isAdmin: boolean }) {
  if (member.isAdmin) return true;
  return Boolean(
    db.select({ id: roleGrants.id }).from(roleGrants).where(eq(roleGrants.userId, member.id)).get(),
  );
}

function hasGlobalModeration(db: AppDatabase, actor: { id: string }) {
  return Boolean(
    db
      .select({ id: roleGrants.id })
      .from(roleGrants)
      .where(
        and(
          eq(roleGrants.userId, actor.id),
          eq(roleGrants.role, "moderator"),
          isNull(roleGrants.placeId),
        ),
      )
      .get(),
  );
}

/**
 * The strongest role `actor` holds for a place: admin, moderator (of the
 * place, or global), ambassador of the place; null for anyone else. Content
 * without a place is for admins and global moderators only.
 */
export function staffRoleFor(
  db: AppDatabase,
  actor: { id: string; isAdmin: boolean },
  placeId: number | null,
): StaffRole | null {
  if (actor.isAdmin) return "admin";
  if (hasGlobalModeration(db, actor)) return "moderator";
  if (placeId == null) return null;
  const grants = db
    .select({ role: roleGrants.role })
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, actor.id), eq(roleGrants.placeId, placeId)))
    .all()
    .map((grant) => grant.role);
  if (grants.includes("moderator")) return "moderator";
  if (grants.includes("ambassador")) return "ambassador";
  return null;
}

/** The places whose queue `actor` sees; `global` for admins and global moderators. */
export function moderatedPlaces(db: AppDatabase, actor: { id: string; isAdmin: boolean }) {
  const global = actor.isAdmin || hasGlobalModeration(db, actor);
  const scoped = db
    .selectDistinct({ id: places.id, name: places.name, slug: places.slug })
    .from(roleGrants)
    .innerJoin(places, eq(places.id, roleGrants.placeId))
    .where(eq(roleGrants.userId, actor.id))
    .orderBy(asc(places.name))
    .all();
  return { global, places: scoped };
}

/** The places a member is ambassador of: where they may print verification codes. */
export function ambassadorPlaces(db: AppDatabase, member: { id: string }) {
  return db
    .select({ id: places.id, name: places.name })
    .from(roleGrants)
    .innerJoin(places, eq(places.id, roleGrants.placeId))
    .where(and(eq(roleGrants.userId, member.id), eq(roleGrants.role, "ambassador")))
    .all();
}
