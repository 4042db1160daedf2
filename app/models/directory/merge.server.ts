import { and, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import type { Store } from "#app/server/search.server";
import {
  answerListings,
  answers,
  deals,
  moderationActions,
  organisationClaims,
  organisationFollows,
  organisations,
  partnerships,
} from "#db/schema";
import { parisDay } from "#app/i18n/format";
import { staffRoleFor } from "#app/models/members/staff-roles.server";
import { refused, type Outcome } from "#app/models/refusals";
import type { SearchEngine } from "#search/engine";
import { listOrganisationsForApi } from "./api.server";
import { managersOf } from "./claims.server";

/*
 * Merging a duplicate listing B into the listing A it repeats (ADR 025):
 * the staff who may revoke B's managers (an ambassador or moderator of B's
 * place, a global moderator, an admin) do it with a reason the place's
 * public moderation log shows. In one transaction, B's live claims, its
 * recommendations in answers and its followers move to A (without
 * duplicates); B's revisions stay with B, its history. B then points at A:
 * its page answers 301 there, it leaves search, and `[fiche:B]` tokens
 * resolve to A. Merges never chain: listings merged into B earlier now
 * point at A. A running (or coming) partnership or live deals of B refuse
 * the merge: staff end them first, since money and members' codes are
 * attached to them.
 */

type Member = { id: string; isAdmin: boolean };

function listing(db: Store["db"], id: number) {
  return db
    .select({
      id: organisations.id,
      placeId: organisations.placeId,
      mergedIntoId: organisations.mergedIntoId,
      claimedAt: organisations.claimedAt,
    })
    .from(organisations)
    .where(eq(organisations.id, id))
    .get();
}

/** A listing as the merge page needs it. */
export function mergeSubject(db: Store["db"], id: number) {
  return (
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        slug: organisations.slug,
        placeId: organisations.placeId,
        lat: organisations.lat,
        lng: organisations.lng,
        mergedIntoId: organisations.mergedIntoId,
      })
      .from(organisations)
      .where(eq(organisations.id, id))
      .get() ?? null
  );
}

/** Whether `actor` may merge this listing into another: the authority that revokes its managers. */
export function mayMergeListing(db: Store["db"], actor: Member, placeId: number) {
  return staffRoleFor(db, actor, placeId) !== null;
}

/** Why B cannot be merged yet because of what runs on it, or null. */
function runningOn(db: Store["db"], organisationId: number, at: Date) {
  const today = parisDay(at);
  const partnership = db
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(
      and(
        eq(partnerships.organisationId, organisationId),
        gte(partnerships.endsOn, today),
        sql`(${partnerships.endedAt} is null or ${partnerships.endedAt} > ${Math.floor(at.getTime() / 1000)})`,
      ),
    )
    .get();
  if (partnership) return "merge-partnership-running" as const;
  const deal = db
    .select({ id: deals.id })
    .from(deals)
    .where(
      and(
        eq(deals.organisationId, organisationId),
        isNull(deals.withdrawnAt),
        gte(deals.validUntil, today),
      ),
    )
    .get();
  return deal ? ("merge-deals-live" as const) : null;
}

/**
 * Staff merge duplicate `duplicateId` (B) into `keptId` (A), with a reason
 * shown in the place's public moderation log.
 */
export function mergeListing(
  { db, search }: Store,
  staff: Member,
  { duplicateId, keptId, reason }: { duplicateId: number; keptId: number; reason: string },
  at = new Date(),
): Outcome<{ actionId: number }> {
  const duplicate = listing(db, duplicateId);
  if (!duplicate) return refused({ reason: "not-found" });
  const role = staffRoleFor(db, staff, duplicate.placeId);
  if (!role) return refused({ reason: "not-listing-staff" });
  if (duplicate.mergedIntoId != null) return refused({ reason: "listing-already-merged" });
  if (keptId === duplicateId) return refused({ reason: "merge-into-itself" });
  const kept = listing(db, keptId);
  if (!kept || kept.mergedIntoId != null) return refused({ reason: "merge-target-unavailable" });
  const running = runningOn(db, duplicateId, at);
  if (running) return refused({ reason: running });
  const why = reason.trim();

  return db.transaction(() => {
    // Managers and pending claims: moved, unless the member already has a live claim on A.
    const claims = db
      .select({ id: organisationClaims.id, userId: organisationClaims.userId })
      .from(organisationClaims)
      .where(
        and(
          eq(organisationClaims.organisationId, duplicateId),
          inArray(organisationClaims.status, ["pending", "approved"]),
        ),
      )
      .all();
    for (const claim of claims) {
      const onKept = db
        .select({ id: organisationClaims.id })
        .from(organisationClaims)
        .where(
          and(
            eq(organisationClaims.organisationId, keptId),
            eq(organisationClaims.userId, claim.userId),
            inArray(organisationClaims.status, ["pending", "approved"]),
          ),
        )
        .get();
      db.update(organisationClaims)
        .set(
          onKept
            ? { status: "revoked", revokedReason: why, revokedAt: at }
            : { organisationId: keptId },
        )
        .where(eq(organisationClaims.id, claim.id))
        .run();
    }
    const keptClaimed = managersOf(db, keptId).length > 0;

    // Recommendations: A's rows for B's answers; the questions' documents name A now.
    const recommending = db
      .selectDistinct({ questionId: answers.questionId })
      .from(answerListings)
      .innerJoin(answers, eq(answers.id, answerListings.answerId))
      .where(eq(answerListings.organisationId, duplicateId))
      .all();
    db.run(sql`insert or ignore into answer_listings (answer_id, organisation_id)
      select answer_id, ${keptId} from answer_listings where organisation_id = ${duplicateId}`);
    db.delete(answerListings).where(eq(answerListings.organisationId, duplicateId)).run();

    // Followers.
    db.run(sql`insert or ignore into organisation_follows (user_id, organisation_id, created_at)
      select user_id, ${keptId}, created_at from organisation_follows where organisation_id = ${duplicateId}`);
    db.delete(organisationFollows).where(eq(organisationFollows.organisationId, duplicateId)).run();

    // B points at A, and so do the listings merged into B before (merges never chain).
    db.update(organisations)
      .set({ mergedIntoId: keptId, updatedAt: at })
      .where(eq(organisations.mergedIntoId, duplicateId))
      .run();
    db.update(organisations)
      .set({ mergedIntoId: keptId, mergedAt: at, claimedAt: null, updatedAt: at })
      .where(eq(organisations.id, duplicateId))
      .run();
    db.update(organisations)
      .set({ claimedAt: keptClaimed ? (kept.claimedAt ?? at) : kept.claimedAt, updatedAt: at })
      .where(eq(organisations.id, keptId))
      .run();

    // Search: B leaves (its document is no longer built), A is written again.
    search.organisationsChanged(db, [duplicateId, keptId]);
    for (const { questionId } of recommending) search.questionChanged(db, questionId);

    const action = db
      .insert(moderationActions)
      .values({
        placeId: duplicate.placeId,
        action: "merge-listing",
        targetType: "organisation",
        targetId: String(duplicateId),
        rule: "other",
        reason: why,
        moderatorId: staff.id,
        actorRole: role,
        createdAt: at,
      })
      .returning({ id: moderationActions.id })
      .get();
    return { ok: true as const, actionId: action.id };
  });
}

/** How far from the duplicate the listing to keep is looked for, and how many are offered. */
const CANDIDATES_RADIUS_KM = 25;
const CANDIDATES_LIMIT = 10;

/**
 * The listings the duplicate may be merged into: by name (its own name when
 * none is typed) within 25 km of it, through the search engine as the
 * answer's picker does, so typos are forgiven. Never itself.
 */
export async function mergeCandidates(
  db: Store["db"],
  engine: SearchEngine,
  duplicate: { id: number; name: string; lat: number; lng: number },
  q: string,
) {
  const { organisations: found } = await listOrganisationsForApi(
    db,
    engine,
    {
      centre: { lat: duplicate.lat, lng: duplicate.lng },
      radiusKm: CANDIDATES_RADIUS_KM,
      q: q.trim() || duplicate.name,
      openNow: false,
      page: 1,
      limit: CANDIDATES_LIMIT + 1,
      at: new Date(),
    },
    "",
  );
  return found
    .filter((listing) => listing.id !== duplicate.id)
    .slice(0, CANDIDATES_LIMIT)
    .map((listing) => ({ id: listing.id, name: listing.name, placeName: listing.place.name }));
}
