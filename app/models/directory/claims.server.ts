import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import type { Store } from "#app/server/search.server";
import {
  moderationActions,
  organisationClaims,
  organisations,
  places,
  roleGrants,
  users,
} from "#db/schema";
import type { ClaimCheck, ClaimStatus } from "#app/domain/directory";
import { loadActor } from "#app/models/members/privileges.server";
import { notify } from "#app/models/notifications/notify.server";
import { staffRoleFor } from "#app/models/members/staff-roles.server";
import { refused, type Outcome } from "#app/models/refusals";

/*
 * Claims: a verified neighbour asks to run a listing; an ambassador or a
 * moderator of the listing's place (or an admin) checks, records how, and
 * approves or refuses. Approved claims are the listing's managers, several
 * per listing. Staff may revoke one with a reason: the place's public
 * moderation log shows it (no names), and the listing is unclaimed again
 * when its last manager goes.
 */

type Member = { id: string; isAdmin: boolean };

export type ClaimInput = { role: string; message?: string | null };

/**
 * A verified neighbour claims a listing. Refused for anyone else (staff know
 * verified neighbours, which is what makes a check on the phone worth
 * something) and when they already have a live claim on it.
 */
export function claimListing(
  db: AppDatabase,
  memberId: string,
  organisationId: number,
  input: ClaimInput,
  at = new Date(),
): Outcome<{ claimId: number }> {
  const actor = loadActor(db, memberId);
  if (!actor) return refused({ reason: "not-found" });
  if (!actor.verifiedNeighbour) return refused({ reason: "claim-needs-verified-neighbour" });
  const listing = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!listing) return refused({ reason: "not-found" });
  if (liveClaim(db, memberId, organisationId)) return refused({ reason: "claim-exists" });
  const claim = db
    .insert(organisationClaims)
    .values({
      organisationId,
      userId: memberId,
      status: "pending",
      role: input.role.trim(),
      message: input.message?.trim() || null,
      createdAt: at,
    })
    .returning({ id: organisationClaims.id })
    .get();
  return { ok: true, claimId: claim.id };
}

/** The member's pending or approved claim on a listing, if any. */
export function liveClaim(db: AppDatabase, memberId: string, organisationId: number) {
  return db
    .select({ id: organisationClaims.id, status: organisationClaims.status })
    .from(organisationClaims)
    .where(
      and(
        eq(organisationClaims.userId, memberId),
        eq(organisationClaims.organisationId, organisationId),
        inArray(organisationClaims.status, ["pending", "approved"]),
      ),
    )
    .get();
}

/** Whether the member manages the listing (an approved claim). */
export function isManager(db: AppDatabase, memberId: string, organisationId: number) {
  return liveClaim(db, memberId, organisationId)?.status === "approved";
}

/** The listing's managers, for the messages sent to it and for staff. */
export function managersOf(db: AppDatabase, organisationId: number) {
  return db
    .select({
      claimId: organisationClaims.id,
      userId: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      role: organisationClaims.role,
      since: organisationClaims.reviewedAt,
    })
    .from(organisationClaims)
    .innerJoin(users, eq(users.id, organisationClaims.userId))
    .where(
      and(
        eq(organisationClaims.organisationId, organisationId),
        eq(organisationClaims.status, "approved"),
        sql`${users.deletedAt} is null`,
      ),
    )
    .orderBy(asc(organisationClaims.reviewedAt))
    .all();
}

function claimWithPlace(db: AppDatabase, claimId: number) {
  return db
    .select({
      id: organisationClaims.id,
      status: organisationClaims.status,
      organisationId: organisationClaims.organisationId,
      userId: organisationClaims.userId,
      placeId: organisations.placeId,
      claimedAt: organisations.claimedAt,
    })
    .from(organisationClaims)
    .innerJoin(organisations, eq(organisations.id, organisationClaims.organisationId))
    .where(eq(organisationClaims.id, claimId))
    .get();
}

/** Whether `actor` may review claims and revoke managers of listings in this place. */
export function isListingStaff(db: AppDatabase, actor: Member, placeId: number) {
  return staffRoleFor(db, actor, placeId) !== null;
}

export type ClaimReview =
  | { decision: "approve"; check: ClaimCheck; note: string }
  | { decision: "refuse"; check: ClaimCheck | null; note: string };

/**
 * An ambassador or moderator of the listing's place approves a pending claim
 * after a check (recorded, with a note), or refuses it. Approving makes the
 * listing claimed: its sole trader's address may then be shown.
 */
export function reviewClaim(
  { db, search }: Store,
  reviewer: Member,
  claimId: number,
  review: ClaimReview,
  at = new Date(),
): Outcome {
  const claim = claimWithPlace(db, claimId);
  if (!claim) return refused({ reason: "not-found" });
  if (!isListingStaff(db, reviewer, claim.placeId)) return refused({ reason: "not-listing-staff" });
  if (claim.status !== "pending") return refused({ reason: "claim-not-pending" });
  const status: ClaimStatus = review.decision === "approve" ? "approved" : "refused";
  db.transaction(() => {
    db.update(organisationClaims)
      .set({
        status,
        checkMethod: review.check,
        checkNote: review.note.trim() || null,
        reviewedById: reviewer.id,
        reviewedAt: at,
      })
      .where(eq(organisationClaims.id, claimId))
      .run();
    if (status === "approved" && !claim.claimedAt) {
      db.update(organisations)
        .set({ claimedAt: at, updatedAt: at })
        .where(eq(organisations.id, claim.organisationId))
        .run();
      // Claimed: search shows it so, and its premises' point when the address is public.
      search.organisationsChanged(db, [claim.organisationId]);
    }
    notify(db, {
      userId: claim.userId,
      type: status === "approved" ? "claim-approved" : "claim-refused",
      dedupeKey: `claim:${claim.id}:${claim.organisationId}`,
      actorId: null,
      at,
    });
  });
  return { ok: true };
}

/**
 * Staff revoke a manager, with a reason the place's public moderation log
 * shows (by role, never by name). The last manager gone, the listing is
 * unclaimed again.
 */
export function revokeClaim(
  { db, search }: Store,
  staff: Member,
  claimId: number,
  reason: string,
  at = new Date(),
): Outcome<{ actionId: number }> {
  const claim = claimWithPlace(db, claimId);
  if (!claim) return refused({ reason: "not-found" });
  const role = staffRoleFor(db, staff, claim.placeId);
  if (!role) return refused({ reason: "not-listing-staff" });
  if (claim.status !== "approved") return refused({ reason: "claim-not-approved" });
  return db.transaction(() => {
    db.update(organisationClaims)
      .set({ status: "revoked", revokedReason: reason.trim(), revokedAt: at })
      .where(eq(organisationClaims.id, claimId))
      .run();
    if (managersOf(db, claim.organisationId).length === 0) {
      db.update(organisations)
        .set({ claimedAt: null, updatedAt: at })
        .where(eq(organisations.id, claim.organisationId))
        .run();
      search.organisationsChanged(db, [claim.organisationId]);
    }
    const action = db
      .insert(moderationActions)
      .values({
        placeId: claim.placeId,
        action: "revoke-claim",
        targetType: "organisation",
        targetId: String(claim.organisationId),
        rule: "other",
        reason: reason.trim(),
        moderatorId: staff.id,
        actorRole: role,
        createdAt: at,
      })
      .returning({ id: moderationActions.id })
      .get();
    return { ok: true as const, actionId: action.id };
  });
}

/** The places whose listings' claims `actor` reviews; null: everywhere (admins, global moderators). */
function reviewedPlaceIds(db: AppDatabase, actor: Member) {
  if (actor.isAdmin) return null;
  const grants = db
    .select({ placeId: roleGrants.placeId })
    .from(roleGrants)
    .where(eq(roleGrants.userId, actor.id))
    .all();
  if (grants.some((grant) => grant.placeId == null)) return null;
  return grants.map((grant) => grant.placeId!);
}

/**
 * What a reviewer sees: the pending claims of their places, oldest first,
 * and the managers of their places' listings (to revoke one).
 */
export function claimsToReview(db: AppDatabase, actor: Member, limit = 100) {
  const placeIds = reviewedPlaceIds(db, actor);
  if (placeIds && placeIds.length === 0) return { pending: [], managers: [] };
  const inPlaces = placeIds ? inArray(organisations.placeId, placeIds) : undefined;
  const select = {
    id: organisationClaims.id,
    status: organisationClaims.status,
    role: organisationClaims.role,
    message: organisationClaims.message,
    createdAt: organisationClaims.createdAt,
    reviewedAt: organisationClaims.reviewedAt,
    checkMethod: organisationClaims.checkMethod,
    member: { id: users.id, firstName: users.firstName, lastName: users.lastName },
    listing: { id: organisations.id, name: organisations.name, slug: organisations.slug },
    placeName: places.name,
  };
  const query = (status: ClaimStatus, order: "asc" | "desc") =>
    db
      .select(select)
      .from(organisationClaims)
      .innerJoin(organisations, eq(organisations.id, organisationClaims.organisationId))
      .innerJoin(places, eq(places.id, organisations.placeId))
      .innerJoin(users, eq(users.id, organisationClaims.userId))
      .where(and(eq(organisationClaims.status, status), inPlaces))
      .orderBy(
        order === "asc" ? asc(organisationClaims.createdAt) : desc(organisationClaims.reviewedAt),
      )
      .limit(limit)
      .all();
  return { pending: query("pending", "asc"), managers: query("approved", "desc") };
}

/** The listings a member manages, for their own pages. */
export function managedListings(db: AppDatabase, memberId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
    .from(organisationClaims)
    .innerJoin(organisations, eq(organisations.id, organisationClaims.organisationId))
    .where(and(eq(organisationClaims.userId, memberId), eq(organisationClaims.status, "approved")))
    .orderBy(asc(organisations.name))
    .all();
}

/** A listing's name, path and place: what the claim and management pages need. */
export function listingSummary(db: AppDatabase, organisationId: number) {
  return (
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        slug: organisations.slug,
        placeId: organisations.placeId,
        placeName: places.name,
        placeSlug: places.slug,
        claimed: sql<boolean>`${organisations.claimedAt} is not null`.mapWith(Boolean),
      })
      .from(organisations)
      .innerJoin(places, eq(places.id, organisations.placeId))
      .where(eq(organisations.id, organisationId))
      .get() ?? null
  );
}
