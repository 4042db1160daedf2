import { and, asc, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { dealClaims, deals, organisations, places, type Deal } from "#db/schema";
import { renderMarkdown } from "#app/domain/markdown.server";
import { boundingBox, haversineKm, type Point } from "#app/domain/geo";
import { organisationPath } from "#app/domain/directory";
import { parisClock, parisDay } from "#app/i18n/format";
import { mayEditListing } from "#app/models/directory/manage.server";
import { partnerIds } from "#app/models/directory/partnerships.server";
import { refused, type Outcome } from "#app/models/refusals";
import { notifyListingFollowers } from "./listing-follows.server";

/*
 * Bons plans (ADR 024): a partner listing's managers publish them, members
 * take them (one each, the remaining count never below zero), and they
 * disappear once past their last day or withdrawn. A sold-out deal stays,
 * marked « Épuisé », until its last day.
 */

export type DealInput = {
  title: string;
  body: string;
  /** Paris days, `YYYY-MM-DD`, both included. */
  validFrom: string;
  validUntil: string;
  quantity: number | null;
  code: string | null;
};

type Member = { id: string; isAdmin: boolean };

function listingOf(db: AppDatabase, organisationId: number) {
  return (
    db
      .select({ id: organisations.id, placeId: organisations.placeId })
      .from(organisations)
      .where(eq(organisations.id, organisationId))
      .get() ?? null
  );
}

/** A manager (or the place's staff) publishes a deal while the listing is a partner; its followers hear of it. */
export function publishDeal(
  db: AppDatabase,
  author: Member,
  organisationId: number,
  input: DealInput,
  at = new Date(),
): Outcome<{ dealId: number; notified: number }> {
  const listing = listingOf(db, organisationId);
  if (!listing) return refused({ reason: "not-found" });
  if (!mayEditListing(db, author, listing)) return refused({ reason: "not-listing-manager" });
  if (!partnerIds(db, [organisationId], at).has(organisationId)) {
    return refused({ reason: "deal-not-partner" });
  }
  if (input.validUntil < input.validFrom || input.validUntil < parisDay(at)) {
    return refused({ reason: "deal-dates" });
  }
  const body = input.body.trim();
  return db.transaction(() => {
    const deal = db
      .insert(deals)
      .values({
        organisationId,
        title: input.title.trim(),
        body,
        bodyHtml: renderMarkdown(body),
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        quantity: input.quantity,
        remaining: input.quantity,
        code: input.code?.trim() || null,
        authorId: author.id,
        createdAt: at,
      })
      .returning({ id: deals.id })
      .get();
    const notified = notifyListingFollowers(
      db,
      { organisationId, kind: "deal", itemId: deal.id, actorId: author.id },
      at,
    );
    return { ok: true as const, dealId: deal.id, notified };
  });
}

/** A manager (or the place's staff) withdraws a deal: it disappears at once. */
export function withdrawDeal(
  db: AppDatabase,
  member: Member,
  dealId: number,
  at = new Date(),
): Outcome {
  const deal = db.select().from(deals).where(eq(deals.id, dealId)).get();
  const listing = deal ? listingOf(db, deal.organisationId) : null;
  if (!deal || !listing || deal.withdrawnAt) return refused({ reason: "not-found" });
  if (!mayEditListing(db, member, listing)) return refused({ reason: "not-listing-manager" });
  db.update(deals).set({ withdrawnAt: at }).where(eq(deals.id, dealId)).run();
  return { ok: true };
}

/** Whether a deal is on offer at `at`: not withdrawn, within its days, its listing a partner. */
function isCurrent(db: AppDatabase, deal: Deal, at: Date) {
  const today = parisDay(at);
  return (
    !deal.withdrawnAt &&
    deal.validFrom <= today &&
    deal.validUntil >= today &&
    partnerIds(db, [deal.organisationId], at).has(deal.organisationId)
  );
}

/**
 * A member takes a deal, at most once; with a quantity, the remaining count
 * goes down by one in the same (immediate) transaction, by an update that
 * only matches while some remain: two members never get the last unit.
 * Taking it again is no error: the member is shown their code again.
 */
export function takeDeal(
  db: AppDatabase,
  userId: string,
  dealId: number,
  at = new Date(),
): Outcome<{ code: string | null; remaining: number | null; already: boolean }> {
  return db.transaction(() => {
    const deal = db.select().from(deals).where(eq(deals.id, dealId)).get();
    if (!deal) return refused({ reason: "not-found" });
    const taken = db
      .select({ dealId: dealClaims.dealId })
      .from(dealClaims)
      .where(and(eq(dealClaims.dealId, dealId), eq(dealClaims.userId, userId)))
      .get();
    if (taken) {
      return { ok: true as const, code: deal.code, remaining: deal.remaining, already: true };
    }
    if (!isCurrent(db, deal, at)) return refused({ reason: "deal-not-current" });
    let remaining: number | null = null;
    if (deal.quantity != null) {
      const left = db
        .update(deals)
        .set({ remaining: sql`${deals.remaining} - 1` })
        .where(and(eq(deals.id, dealId), sql`${deals.remaining} > 0`))
        .returning({ remaining: deals.remaining })
        .get();
      if (!left) return refused({ reason: "deal-sold-out" });
      remaining = left.remaining;
    }
    db.insert(dealClaims).values({ dealId, userId, createdAt: at }).run();
    return { ok: true as const, code: deal.code, remaining, already: false };
  });
}

export type DealView = {
  id: number;
  organisationId: number;
  title: string;
  bodyHtml: string;
  validFrom: string;
  validUntil: string;
  quantity: number | null;
  remaining: number | null;
  soldOut: boolean;
};

function toView(deal: Deal): DealView {
  return {
    id: deal.id,
    organisationId: deal.organisationId,
    title: deal.title,
    bodyHtml: deal.bodyHtml,
    validFrom: deal.validFrom,
    validUntil: deal.validUntil,
    quantity: deal.quantity,
    remaining: deal.remaining,
    soldOut: deal.remaining === 0,
  };
}

/** The deals on offer at `at` for these listings (partners only), ending soonest first. */
export function currentDeals(
  db: AppDatabase,
  organisationIds: readonly number[],
  at = new Date(),
): DealView[] {
  if (organisationIds.length === 0) return [];
  const partners = partnerIds(db, organisationIds, at);
  if (partners.size === 0) return [];
  const today = parisDay(at);
  return db
    .select()
    .from(deals)
    .where(
      and(
        inArray(deals.organisationId, [...partners]),
        isNull(deals.withdrawnAt),
        lte(deals.validFrom, today),
        gte(deals.validUntil, today),
      ),
    )
    .orderBy(asc(deals.validUntil), asc(deals.id))
    .all()
    .map(toView);
}

/** A listing's deals its managers see: current and to come, not withdrawn. */
export function dealsToManage(db: AppDatabase, organisationId: number, at = new Date()) {
  return db
    .select()
    .from(deals)
    .where(
      and(
        eq(deals.organisationId, organisationId),
        isNull(deals.withdrawnAt),
        gte(deals.validUntil, parisDay(at)),
      ),
    )
    .orderBy(asc(deals.validFrom), asc(deals.id))
    .all()
    .map((deal) => ({ ...toView(deal), code: deal.code }));
}

/** The codes of the deals among these that the member took. */
export function takenCodes(db: AppDatabase, userId: string, dealIds: readonly number[]) {
  if (dealIds.length === 0) return new Map<number, string | null>();
  const rows = db
    .select({ id: deals.id, code: deals.code })
    .from(dealClaims)
    .innerJoin(deals, eq(deals.id, dealClaims.dealId))
    .where(and(eq(dealClaims.userId, userId), inArray(dealClaims.dealId, [...dealIds])))
    .all();
  return new Map(rows.map((row) => [row.id, row.code]));
}

/**
 * « Bons plans près de chez vous »: the current deals of partner listings
 * within `radiusKm` of a point (from the listing's point), nearest first.
 */
export function dealsNear(
  db: AppDatabase,
  centre: Point,
  radiusKm: number,
  at = new Date(),
  limit = 6,
) {
  const box = boundingBox(centre, radiusKm);
  const today = parisDay(at);
  const candidates = db
    .select({
      dealOrganisationId: deals.organisationId,
      lat: organisations.lat,
      lng: organisations.lng,
      name: organisations.name,
      slug: organisations.slug,
      placeName: places.name,
    })
    .from(deals)
    .innerJoin(organisations, eq(organisations.id, deals.organisationId))
    .innerJoin(places, eq(places.id, organisations.placeId))
    .where(
      and(
        isNull(deals.withdrawnAt),
        lte(deals.validFrom, today),
        gte(deals.validUntil, today),
        sql`${organisations.lat} between ${box.minLat} and ${box.maxLat}`,
        sql`${organisations.lng} between ${box.minLng} and ${box.maxLng}`,
      ),
    )
    .all();
  const listings = new Map(
    candidates
      .map((row) => ({ ...row, distanceKm: haversineKm(row, centre) }))
      .filter((row) => row.distanceKm <= radiusKm)
      .map((row) => [row.dealOrganisationId, row]),
  );
  return currentDeals(db, [...listings.keys()], at)
    .map((deal) => {
      const listing = listings.get(deal.organisationId)!;
      return {
        ...deal,
        listing: {
          name: listing.name,
          placeName: listing.placeName,
          path: organisationPath({ id: deal.organisationId, slug: listing.slug }),
        },
        distanceKm: listing.distanceKm,
      };
    })
    .sort((a, b) => a.distanceKm - b.distanceKm || a.validUntil.localeCompare(b.validUntil))
    .slice(0, limit);
}

/**
 * The next Paris midnight after `at`: when deals (and partnerships) start
 * and end, so a page listing them may be kept until then (ADR 022).
 */
export function nextParisMidnight(at: Date) {
  const clock = parisClock(at);
  const elapsed = (clock.hour * 60 + clock.minute) * 60 + clock.second;
  let next = new Date((Math.floor(at.getTime() / 1000) + 24 * 3600 - elapsed) * 1000);
  // A day of 23 or 25 hours, when the clocks change: one hour off, either way.
  const hour = 3600 * 1000;
  if (parisDay(next) === parisDay(at)) next = new Date(next.getTime() + hour);
  else if (parisDay(new Date(next.getTime() - hour)) !== parisDay(at)) {
    next = new Date(next.getTime() - hour);
  }
  return next;
}

/**
 * A deal as schema.org `Offer` (never an Event): its days, and with a
 * quantity, what remains as `inventoryLevel`.
 */
export function dealOffer(deal: DealView, seller: { name: string; url: string }) {
  return {
    "@context": "https://schema.org",
    "@type": "Offer",
    name: deal.title,
    url: `${seller.url}#bon-plan-${deal.id}`,
    validFrom: deal.validFrom,
    validThrough: deal.validUntil,
    availability: deal.soldOut ? "https://schema.org/SoldOut" : "https://schema.org/InStock",
    ...(deal.remaining != null
      ? { inventoryLevel: { "@type": "QuantitativeValue", value: deal.remaining } }
      : {}),
    seller: { "@type": "LocalBusiness", name: seller.name, url: seller.url },
  };
}
