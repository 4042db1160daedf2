import { sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { partnerIds } from "#db/directory/partners";
import { organisations, places } from "#db/schema";
import { boundingBox, type Point } from "#app/domain/geo";
import {
  DIRECTORY_PAGE_SIZE,
  addressIsShown,
  type OrganisationCategory,
  type OrganisationKind,
} from "#app/domain/directory";
import {
  isOpenAt,
  openingStatus,
  type OpeningHours,
  type OpeningStatus,
} from "#app/domain/opening-hours";

export type DirectoryListItem = {
  id: number;
  name: string;
  slug: string;
  kind: OrganisationKind;
  category: OrganisationCategory;
  place: { code: string; name: string; slug: string };
  distanceKm: number;
  /** True when the distance is from the commune's centre (no public premises point). */
  approximate: boolean;
  claimed: boolean;
  /** A partnership runs today (the « Commerce partenaire » badge). */
  partner: boolean;
  openingStatus: OpeningStatus | null;
};

export type DirectoryFilters = {
  centre: Point;
  radiusKm: number;
  kind?: OrganisationKind | null;
  category?: OrganisationCategory | null;
  /** Only listings open at `at` (which have opening hours, then). */
  openNow?: boolean;
  at: Date;
  page?: number;
  limit?: number;
};

type Row = {
  id: number;
  name: string;
  slug: string;
  kind: OrganisationKind;
  category: OrganisationCategory;
  placeCode: string;
  placeName: string;
  placeSlug: string;
  distanceKm: number;
  approximate: number;
  addressPublic: number;
  soleTrader: number;
  claimedAt: number | null;
  openingHours: string | null;
};

/**
 * Listings within `radiusKm` of `centre`, nearest first, a page at a time:
 * the R*Tree picks the bounding box and the exact great-circle distance
 * trims it. A listing whose premises are not public is measured, and
 * sorted, from its commune's centre, so its distance gives no more away
 * than the commune (the radius itself is checked on the stored point).
 * "Open now" is decided in code (opening hours are rules, not columns),
 * among the few listings that have hours.
 */
export function listOrganisationsNear(db: AppDatabase, filters: DirectoryFilters) {
  const limit = filters.limit ?? DIRECTORY_PAGE_SIZE;
  const page = Math.max(1, filters.page ?? 1);
  const { select, count } = directoryQueries(filters);
  let rows: Row[];
  let total: number;
  if (filters.openNow) {
    const open = db
      .all<Row>(select)
      .filter(
        (row) =>
          row.openingHours && isOpenAt(JSON.parse(row.openingHours) as OpeningHours, filters.at),
      );
    total = open.length;
    rows = open.slice((page - 1) * limit, page * limit);
  } else {
    total = db.get<{ total: number }>(count)!.total;
    rows = db.all<Row>(sql`${select} LIMIT ${limit} OFFSET ${(page - 1) * limit}`);
  }

  const partners = partnerIds(
    db,
    rows.map((row) => row.id),
    filters.at,
  );
  const items: DirectoryListItem[] = rows.map((row) => {
    const precise =
      !row.approximate &&
      addressIsShown({
        addressPublic: Boolean(row.addressPublic),
        soleTrader: Boolean(row.soleTrader),
        claimed: row.claimedAt != null,
      });
    const hours = row.openingHours ? (JSON.parse(row.openingHours) as OpeningHours) : null;
    return {
      id: row.id,
      name: row.name,
      slug: row.slug,
      kind: row.kind,
      category: row.category,
      place: { code: row.placeCode, name: row.placeName, slug: row.placeSlug },
      distanceKm: Math.round(row.distanceKm * 10) / 10,
      approximate: !precise,
      claimed: row.claimedAt != null,
      partner: partners.has(row.id),
      openingStatus: hours ? openingStatus(hours, filters.at) : null,
    };
  });
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / limit)) };
}

/** The directory's queries for some filters (exported so a test can read their plans). */
export function directoryQueries(filters: DirectoryFilters) {
  const box = boundingBox(filters.centre, filters.radiusKm);
  const distanceTo = (lat: unknown, lng: unknown) => sql`(2 * 6371.0088 * asin(min(1, sqrt(
      pow(sin(radians(${lat} - ${filters.centre.lat}) / 2), 2) +
      cos(radians(${filters.centre.lat})) * cos(radians(${lat})) *
      pow(sin(radians(${lng} - ${filters.centre.lng}) / 2), 2)))))`;
  const distance = distanceTo(organisations.lat, organisations.lng);
  // What a reader is shown: from the premises when they are public, else from the commune's centre.
  const shownDistance = sql`CASE WHEN ${organisations.approximate} = 0
      AND ${organisations.addressPublic} = 1
      AND (${organisations.soleTrader} = 0 OR ${organisations.claimedAt} IS NOT NULL)
    THEN ${distance} ELSE ${distanceTo(places.lat, places.lng)} END`;
  const where = sql`organisations_rtree.min_lat <= ${box.maxLat}
      AND organisations_rtree.max_lat >= ${box.minLat}
      AND organisations_rtree.min_lng <= ${box.maxLng}
      AND organisations_rtree.max_lng >= ${box.minLng}
      AND ${distance} <= ${filters.radiusKm}
      ${filters.kind ? sql`AND ${organisations.kind} = ${filters.kind}` : sql``}
      ${filters.category ? sql`AND ${organisations.category} = ${filters.category}` : sql``}
      ${filters.openNow ? sql`AND ${organisations.openingHours} IS NOT NULL` : sql``}`;
  // CROSS JOIN: SQLite keeps the R*Tree as the outer loop, so a filter on
  // kind or category never makes it walk an index over the whole country.
  const from = sql`FROM organisations_rtree
    CROSS JOIN ${organisations} ON ${organisations.id} = organisations_rtree.id
    JOIN ${places} ON ${places.id} = ${organisations.placeId}`;
  const select = sql`
    SELECT ${organisations.id} AS id, ${organisations.name} AS name, ${organisations.slug} AS slug,
      ${organisations.kind} AS kind, ${organisations.category} AS category,
      ${places.code} AS placeCode, ${places.name} AS placeName, ${places.slug} AS placeSlug,
      ${shownDistance} AS distanceKm,
      ${organisations.approximate} AS approximate, ${organisations.addressPublic} AS addressPublic,
      ${organisations.soleTrader} AS soleTrader, ${organisations.claimedAt} AS claimedAt,
      ${organisations.openingHours} AS openingHours
    ${from}
    WHERE ${where}
    ORDER BY distanceKm, ${organisations.name}, ${organisations.id}`;

  const count = sql`SELECT count(*) AS total ${from} WHERE ${where}`;
  return { select, count };
}
