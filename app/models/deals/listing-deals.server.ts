import type { AppDatabase } from "#db/client";
import { currentDeals, dealOffer, takenCodes } from "./deals.server";
import { followsListing } from "./listing-follows.server";

/** How a take went, as the listing page is told after one (`?bonPlan=`). */
export const TAKE_OUTCOMES = ["pris", "deal-sold-out", "deal-not-current", "not-found"] as const;
export type TakeOutcome = (typeof TAKE_OUTCOMES)[number];

export function takeOutcome(value: string | null): TakeOutcome | null {
  return (TAKE_OUTCOMES as readonly string[]).includes(value ?? "") ? (value as TakeOutcome) : null;
}

/**
 * What the listing page shows of its deals and follows: the current deals
 * (with the code of those the viewer took), whether they follow it, and the
 * deals as schema.org `Offer`s for its JSON-LD.
 */
export function listingDeals(
  db: AppDatabase,
  listing: { id: number; name: string; url: string },
  viewerId: string | null,
  at: Date,
) {
  const deals = currentDeals(db, [listing.id], at);
  const codes = viewerId
    ? takenCodes(
        db,
        viewerId,
        deals.map((deal) => deal.id),
      )
    : new Map<number, string | null>();
  return {
    deals: deals.map((deal) => ({
      ...deal,
      taken: codes.has(deal.id),
      code: codes.get(deal.id) ?? null,
    })),
    following: viewerId ? followsListing(db, viewerId, listing.id) : false,
    offers: deals.map((deal) => dealOffer(deal, listing)),
  };
}
