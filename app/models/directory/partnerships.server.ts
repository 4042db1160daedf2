import { and, asc, desc, eq, gt, gte, lte, ne } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { listingShownChanged, partnerIds } from "#db/directory/partners";
import type { Store } from "#app/server/search.server";
import { organisations, partnerships, roleGrants, users } from "#db/schema";
import { parisDay } from "#app/i18n/format";
import {
  addDays,
  addMonths,
  daysBetween,
  isDay,
  MONTHLY_AMOUNT_MAX_CENTS,
  PARTNERSHIP_MAX_DAYS,
} from "#app/domain/partners";
import { isStaffFor } from "#app/models/members/staff-roles.server";
import { refused, type Outcome } from "#app/models/refusals";

/*
 * Partnerships (ADR 020): an ambassador of the listing's place, or an admin,
 * records one (first and last day, monthly amount, the ambassador who
 * follows the partner), ends one early with a reason kept for staff, and
 * renews one from the day after its last. No payment is processed here.
 */

type Member = { id: string; isAdmin: boolean };

export { partnerIds };

export function isPartner(db: AppDatabase, organisationId: number, at = new Date()) {
  return partnerIds(db, [organisationId], at).has(organisationId);
}

/** Whether `actor` records the partnerships of listings in this place: its ambassadors, admins. */
export function mayRecordPartnerships(db: AppDatabase, actor: Member, placeId: number) {
  return isStaffFor(db, actor, placeId, ["ambassador"]);
}

/** The ambassadors of a place, whom an admin may name on a partnership. */
export function placeAmbassadors(db: AppDatabase, placeId: number) {
  return db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.placeId, placeId), eq(roleGrants.role, "ambassador")))
    .orderBy(asc(users.firstName))
    .all();
}

function placeAmbassadorIds(db: AppDatabase, placeId: number) {
  return placeAmbassadors(db, placeId).map((ambassador) => ambassador.id);
}

export type PartnershipTerms = {
  startsOn: string;
  endsOn: string;
  monthlyAmountCents: number;
  /** The ambassador following the partner; the recorder when left out. */
  ambassadorId?: string | null;
};

function listingPlace(db: AppDatabase, organisationId: number) {
  return db
    .select({ placeId: organisations.placeId })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
}

/** Another partnership of the listing (not ended before it began) covering some of these days. */
function overlapping(
  db: AppDatabase,
  organisationId: number,
  period: { startsOn: string; endsOn: string },
) {
  return db
    .select({ id: partnerships.id, endedAt: partnerships.endedAt, startsOn: partnerships.startsOn })
    .from(partnerships)
    .where(
      and(
        eq(partnerships.organisationId, organisationId),
        lte(partnerships.startsOn, period.endsOn),
        gte(partnerships.endsOn, period.startsOn),
      ),
    )
    .all()
    .filter((row) => !row.endedAt || parisDay(row.endedAt) >= period.startsOn);
}

/**
 * Records a partnership. Refused unless `actor` is an ambassador of the
 * listing's place or an admin; the named ambassador must be one of the
 * place's (only an admin names someone else than themself); the days must
 * make sense and not overlap another partnership of the listing.
 */
export function recordPartnership(
  { db, search }: Store,
  actor: Member,
  organisationId: number,
  terms: PartnershipTerms,
  at = new Date(),
): Outcome<{ partnershipId: number }> {
  const listing = listingPlace(db, organisationId);
  if (!listing) return refused({ reason: "not-found" });
  if (!mayRecordPartnerships(db, actor, listing.placeId)) {
    return refused({ reason: "not-partnership-staff" });
  }
  const ambassadorId = terms.ambassadorId || actor.id;
  // An ambassador signs for themself; an admin for themself or one of the place's ambassadors.
  const ambassadorAllowed = actor.isAdmin
    ? ambassadorId === actor.id || placeAmbassadorIds(db, listing.placeId).includes(ambassadorId)
    : ambassadorId === actor.id;
  if (!ambassadorAllowed) return refused({ reason: "partnership-ambassador" });
  if (
    !isDay(terms.startsOn) ||
    !isDay(terms.endsOn) ||
    terms.endsOn < terms.startsOn ||
    daysBetween(terms.startsOn, terms.endsOn) > PARTNERSHIP_MAX_DAYS ||
    !Number.isSafeInteger(terms.monthlyAmountCents) ||
    terms.monthlyAmountCents < 0 ||
    terms.monthlyAmountCents > MONTHLY_AMOUNT_MAX_CENTS
  ) {
    return refused({ reason: "partnership-dates" });
  }
  // BEGIN IMMEDIATE (better-sqlite3's transaction): two staff recording at once cannot both pass the overlap check.
  return db.transaction(
    () => {
      if (overlapping(db, organisationId, terms).length > 0) {
        return refused({ reason: "partnership-overlap" });
      }
      const row = db
        .insert(partnerships)
        .values({
          organisationId,
          startsOn: terms.startsOn,
          endsOn: terms.endsOn,
          monthlyAmountCents: terms.monthlyAmountCents,
          ambassadorId,
          recordedById: actor.id,
          createdAt: at,
        })
        .returning({ id: partnerships.id })
        .get();
      search.organisationsChanged(db, [organisationId]);
      listingShownChanged(db, organisationId);
      return { ok: true as const, partnershipId: row.id };
    },
    { behavior: "immediate" },
  );
}

function partnershipWithPlace(db: AppDatabase, partnershipId: number) {
  return db
    .select({
      id: partnerships.id,
      organisationId: partnerships.organisationId,
      startsOn: partnerships.startsOn,
      endsOn: partnerships.endsOn,
      monthlyAmountCents: partnerships.monthlyAmountCents,
      ambassadorId: partnerships.ambassadorId,
      endedAt: partnerships.endedAt,
      placeId: organisations.placeId,
    })
    .from(partnerships)
    .innerJoin(organisations, eq(organisations.id, partnerships.organisationId))
    .where(eq(partnerships.id, partnershipId))
    .get();
}

/** Ends a partnership early (today), with a reason kept for staff. */
export function endPartnership(
  { db, search }: Store,
  actor: Member,
  partnershipId: number,
  reason: string,
  at = new Date(),
): Outcome {
  const partnership = partnershipWithPlace(db, partnershipId);
  if (!partnership) return refused({ reason: "not-found" });
  if (!mayRecordPartnerships(db, actor, partnership.placeId)) {
    return refused({ reason: "not-partnership-staff" });
  }
  if (partnership.endedAt || partnership.endsOn < parisDay(at)) {
    return refused({ reason: "partnership-not-running" });
  }
  db.transaction(() => {
    db.update(partnerships)
      .set({ endedAt: at, endedReason: reason.trim() || null })
      .where(eq(partnerships.id, partnershipId))
      .run();
    search.organisationsChanged(db, [partnership.organisationId]);
    listingShownChanged(db, partnership.organisationId);
  });
  return { ok: true };
}

/**
 * What a renewal starts from: the day after the old one's last day, the same
 * length, amount and ambassador. Null for a partnership ended early.
 */
export function renewalTerms(db: AppDatabase, partnershipId: number) {
  const old = partnershipWithPlace(db, partnershipId);
  if (!old || old.endedAt) return null;
  const startsOn = addDays(old.endsOn, 1);
  // As many months as the old one ran (six months stay six months, whatever their days).
  const months = Math.max(1, Math.round(daysBetween(old.startsOn, old.endsOn) / 30.44));
  return {
    organisationId: old.organisationId,
    placeId: old.placeId,
    startsOn,
    endsOn: addDays(addMonths(startsOn, months), -1),
    monthlyAmountCents: old.monthlyAmountCents,
    ambassadorId: old.ambassadorId,
  };
}

/** Renews a partnership: a new one from the day after the old one's last day. */
export function renewPartnership(
  store: Store,
  actor: Member,
  partnershipId: number,
  terms: Omit<PartnershipTerms, "startsOn">,
  at = new Date(),
): Outcome<{ partnershipId: number }> {
  const old = partnershipWithPlace(store.db, partnershipId);
  if (!old) return refused({ reason: "not-found" });
  if (!mayRecordPartnerships(store.db, actor, old.placeId)) {
    return refused({ reason: "not-partnership-staff" });
  }
  if (old.endedAt) return refused({ reason: "partnership-not-running" });
  return recordPartnership(
    store,
    actor,
    old.organisationId,
    { ...terms, startsOn: addDays(old.endsOn, 1) },
    at,
  );
}

/** A listing's partnerships, newest first, for its staff. */
export function listingPartnerships(db: AppDatabase, organisationId: number) {
  return db
    .select({
      id: partnerships.id,
      startsOn: partnerships.startsOn,
      endsOn: partnerships.endsOn,
      monthlyAmountCents: partnerships.monthlyAmountCents,
      ambassadorId: partnerships.ambassadorId,
      endedAt: partnerships.endedAt,
      endedReason: partnerships.endedReason,
    })
    .from(partnerships)
    .where(eq(partnerships.organisationId, organisationId))
    .orderBy(desc(partnerships.startsOn), desc(partnerships.id))
    .all();
}

/** Whether a later partnership of the same listing follows this one (a renewal). */
export function hasSuccessor(
  db: AppDatabase,
  partnership: { id: number; organisationId: number; endsOn: string },
) {
  return Boolean(
    db
      .select({ id: partnerships.id })
      .from(partnerships)
      .where(
        and(
          eq(partnerships.organisationId, partnership.organisationId),
          ne(partnerships.id, partnership.id),
          gt(partnerships.startsOn, partnership.endsOn),
        ),
      )
      .get(),
  );
}
