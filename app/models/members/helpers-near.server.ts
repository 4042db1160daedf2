import { and, between, eq, isNull, ne } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { neighbourVerifications, places, roleGrants, users } from "#db/schema";
import { boundingBox, haversineKm, type Point } from "#app/domain/geo";
import { memberName } from "#app/domain/names";

/*
 * Who can verify a new member near their home: the ambassadors of places
 * nearby, and verified neighbours who could vouch for them. Only what a
 * member's profile already shows to members (name, commune, profile link,
 * the way to write to them): never an address or an e-mail.
 */

type Near = { id: string; name: string; placeName: string; distanceKm: number };

/** What both lists read of a member: their name and their commune's centre. */
const memberInPlace = {
  id: users.id,
  firstName: users.firstName,
  lastName: users.lastName,
  placeName: places.name,
  lat: places.lat,
  lng: places.lng,
};

type MemberInPlace = {
  id: string;
  firstName: string;
  lastName: string;
  placeName: string;
  lat: number;
  lng: number;
};

/** The rows within `radiusKm` of the centre, nearest first, as the pages show them. */
function nearestFirst(centre: Point, radiusKm: number, rows: MemberInPlace[]): Near[] {
  return rows
    .map((row) => ({ ...row, distanceKm: Math.round(haversineKm(centre, row) * 10) / 10 }))
    .filter((row) => row.distanceKm <= radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .map((row) => ({
      id: row.id,
      name: memberName(row, { full: true }),
      placeName: row.placeName,
      distanceKm: row.distanceKm,
    }));
}

/** Ambassadors of the places within `radiusKm` of the point, nearest first, each once. */
export function ambassadorsNear(
  db: AppDatabase,
  centre: Point,
  radiusKm: number,
  excludeId: string,
): Near[] {
  const box = boundingBox(centre, radiusKm);
  const rows = db
    .select(memberInPlace)
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .innerJoin(places, eq(places.id, roleGrants.placeId))
    .where(
      and(
        eq(roleGrants.role, "ambassador"),
        isNull(users.deletedAt),
        ne(users.id, excludeId),
        between(places.lat, box.minLat, box.maxLat),
        between(places.lng, box.minLng, box.maxLng),
      ),
    )
    .all();
  // An ambassador of several places nearby is listed once, at the nearest.
  const seen = new Set<string>();
  return nearestFirst(centre, radiusKm, rows).filter(
    (row) => !seen.has(row.id) && seen.add(row.id),
  );
}

/** Verified neighbours living within `radiusKm` (those who may vouch), nearest first. */
export function verifiedNeighboursNear(
  db: AppDatabase,
  centre: Point,
  radiusKm: number,
  excludeId: string,
  limit = 5,
): Near[] {
  const box = boundingBox(centre, radiusKm);
  const rows = db
    .selectDistinct(memberInPlace)
    .from(users)
    .innerJoin(places, eq(places.id, users.homePlaceId))
    .innerJoin(
      neighbourVerifications,
      and(
        eq(neighbourVerifications.userId, users.id),
        eq(neighbourVerifications.placeId, users.homePlaceId),
        isNull(neighbourVerifications.revokedAt),
      ),
    )
    .where(
      and(
        isNull(users.deletedAt),
        ne(users.id, excludeId),
        between(places.lat, box.minLat, box.maxLat),
        between(places.lng, box.minLng, box.maxLng),
      ),
    )
    .limit(500)
    .all();
  return nearestFirst(centre, radiusKm, rows).slice(0, limit);
}
