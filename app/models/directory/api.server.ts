/**
 * The directory as the public API gives it (/api/v1/organisations, docs/api.md):
 * what a visitor may see of a listing, never more (ADR 014's privacy rules).
 * Without words, the directory's own radius query; with words (`q`), the
 * search engine, listings only (ADR 021), so the API finds what the search
 * page finds.
 */
import type { AppDatabase } from "#db/client";
import type { SearchEngine } from "#search/engine";
import type { Point } from "#app/domain/geo";
import {
  organisationPath,
  type OrganisationCategory,
  type OrganisationKind,
} from "#app/domain/directory";
import { isOpenAt } from "#app/domain/opening-hours";
import { listOrganisationsNear } from "./list-near.server";
import { isPartner, partnerIds } from "./partnerships.server";
import { getOrganisationPage } from "./organisation-page.server";
import { currentDeals } from "#app/models/deals/deals.server";
import { recommendationsOf } from "./recommendations.server";
import { questionPath } from "#app/models/questions/paths";

export type OrganisationsQuery = {
  centre: Point;
  radiusKm: number;
  kind?: OrganisationKind;
  category?: OrganisationCategory;
  q: string;
  openNow: boolean;
  page: number;
  limit: number;
  /** The moment « open now » is read at. */
  at: Date;
};

/** One listing in a list: `openNow` null when its hours are unknown. */
export type OrganisationSummary = {
  id: number;
  name: string;
  slug: string;
  url: string;
  kind: OrganisationKind;
  category: OrganisationCategory;
  place: { code: string; name: string; slug: string };
  distanceKm: number | null;
  approximate: boolean;
  claimed: boolean;
  partner: boolean;
  openNow: boolean | null;
};

/** Listings around a point, nearest first, or best match first when `q` has words. */
export async function listOrganisationsForApi(
  db: AppDatabase,
  engine: SearchEngine,
  query: OrganisationsQuery,
  origin: string,
): Promise<{ organisations: OrganisationSummary[]; total: number }> {
  if (query.q) {
    const result = await engine.search({
      text: query.q,
      types: ["organisation"],
      near: { ...query.centre, radiusKm: query.radiusKm },
      organisationKind: query.kind ? [query.kind] : undefined,
      organisationCategory: query.category ? [query.category] : undefined,
      openAt: query.openNow ? query.at : null,
      page: query.page,
      limit: query.limit,
    });
    const partners = partnerIds(
      db,
      result.hits.map((hit) => hit.id),
      query.at,
    );
    return {
      organisations: result.hits.flatMap((hit) =>
        hit.type === "organisation"
          ? [
              {
                id: hit.id,
                name: hit.title,
                slug: hit.slug,
                url: `${origin}${organisationPath(hit)}`,
                kind: hit.kind,
                category: hit.category,
                place: { code: hit.place.code, name: hit.place.name, slug: hit.place.slug },
                distanceKm: hit.distanceKm,
                approximate: hit.approximate,
                claimed: hit.claimed,
                // The index knows it as of its last write; the days move on.
                partner: partners.has(hit.id),
                openNow: hit.openingHours ? isOpenAt(hit.openingHours, query.at) : null,
              },
            ]
          : [],
      ),
      total: result.total,
    };
  }
  const list = listOrganisationsNear(db, {
    centre: query.centre,
    radiusKm: query.radiusKm,
    kind: query.kind ?? null,
    category: query.category ?? null,
    openNow: query.openNow,
    at: query.at,
    page: query.page,
    limit: query.limit,
  });
  return {
    organisations: list.items.map((item) => ({
      id: item.id,
      name: item.name,
      slug: item.slug,
      url: `${origin}${organisationPath(item)}`,
      kind: item.kind,
      category: item.category,
      place: item.place,
      distanceKm: item.distanceKm,
      approximate: item.approximate,
      claimed: item.claimed,
      partner: item.partner,
      openNow: item.openingStatus ? item.openingStatus.open : null,
    })),
    total: list.total,
  };
}

/**
 * One listing with what its page shows: the point is the commune's centre
 * (`approximate: true`) unless the premises' address is public; the
 * contact fields only with the publication consent, never the e-mail.
 */
export function organisationForApi(db: AppDatabase, id: number, at: Date, origin: string) {
  const page = getOrganisationPage(db, id, { at, origin });
  if (!page || page.mergedIntoId != null) return null;
  const recommendations = recommendationsOf(db, id, { formerMember: "" });
  return {
    id: page.id,
    name: page.name,
    alias: page.alias,
    slug: page.slug,
    url: `${origin}${page.path}`,
    kind: page.kind,
    category: page.category,
    place: page.place,
    lat: page.point.lat,
    lng: page.point.lng,
    approximate: page.point.approximate,
    address: page.address,
    postalCode: page.postalCode,
    website: page.website,
    phone: page.phone,
    claimed: page.claimed,
    partner: isPartner(db, page.id, at),
    openNow: page.openingStatus ? page.openingStatus.open : null,
    openingHours: page.hours,
    // Its current bons plans (ADR 024); the code is for the members who take one.
    deals: currentDeals(db, [page.id], at).map((deal) => ({
      id: deal.id,
      title: deal.title,
      url: `${origin}${page.path}#bon-plan-${deal.id}`,
      validFrom: deal.validFrom,
      validThrough: deal.validUntil,
      quantity: deal.quantity,
      remaining: deal.remaining,
      soldOut: deal.soldOut,
    })),
    recommendedIn: {
      count: recommendations.length,
      answers: recommendations.map(
        (recommendation) =>
          `${origin}${questionPath(recommendation.question)}#reponse-${recommendation.answerId}`,
      ),
    },
  };
}
