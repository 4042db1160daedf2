import { sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { boundingBox, haversineKm } from "#app/domain/geo";
import { distanceBand, WHO_CAN_HELP_LIMIT } from "#app/domain/people";
import { skillsOf } from "./profile.server";

export type HelperRow = {
  id: string;
  firstName: string;
  lastName: string;
  bio: string | null;
  reputation: number;
  badgeStyle: "feminine" | "masculine" | "neutral";
  placeName: string;
  lat: number;
  lng: number;
  verified: number;
};

/**
 * Members who can help with `skill` and live within `radiusKm` of the
 * place: verified neighbours first, then the nearest (by distance band, so
 * « à moins de 5 km » neighbours are not ordered by metres nobody sees),
 * then the most helpful. The R*Tree gives the places in the box, each
 * place's members come by `users_home_place_idx` and the skill by its
 * primary key (EXPLAINed in who-can-help.server.test.ts). Only the commune
 * and the distance band leave this function: never a member's position.
 */
export function whoCanHelp(
  db: AppDatabase,
  {
    place,
    skill,
    radiusKm,
    now = new Date(),
  }: {
    place: { id: number; lat: number; lng: number };
    skill: string;
    radiusKm: number;
    now?: Date;
  },
) {
  const rows = db.all<HelperRow>(whoCanHelpQuery(place, skill, radiusKm, now));
  const near = rows
    .map((row) => ({ ...row, distanceKm: haversineKm(place, row) }))
    .filter((row) => row.distanceKm <= radiusKm)
    .map((row) => ({ ...row, band: distanceBand(row.distanceKm) }))
    .sort(
      (a, b) =>
        b.verified - a.verified ||
        a.band - b.band ||
        b.reputation - a.reputation ||
        a.firstName.localeCompare(b.firstName, "fr"),
    );
  const shown = near.slice(0, WHO_CAN_HELP_LIMIT);
  const skills = skillsOf(
    db,
    shown.map((row) => row.id),
  );
  return {
    total: near.length,
    helpers: shown.map((row) => ({
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      bio: row.bio ?? "",
      reputation: row.reputation,
      badgeStyle: row.badgeStyle,
      verified: row.verified === 1,
      placeName: row.placeName,
      samePlace: row.distanceKm === 0,
      band: row.band,
      ...skills.get(row.id)!,
    })),
  };
}

/** The candidates in the bounding box: exported for the EXPLAIN test. */
export function whoCanHelpQuery(
  place: { lat: number; lng: number },
  skill: string,
  radiusKm: number,
  now: Date,
) {
  const box = boundingBox(place, radiusKm);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  return sql`
    SELECT u.id AS id, u.first_name AS firstName, u.last_name AS lastName, u.bio AS bio,
      u.reputation AS reputation, u.badge_style AS badgeStyle,
      p.name AS placeName, p.lat AS lat, p.lng AS lng,
      EXISTS (
        SELECT 1 FROM neighbour_verifications v
        WHERE v.user_id = u.id AND v.place_id = u.home_place_id AND v.revoked_at IS NULL
      ) AS verified
    FROM places_rtree r
    JOIN places p ON p.id = r.id
    JOIN users u ON u.home_place_id = p.id
    JOIN member_skills s ON s.user_id = u.id AND s.skill = ${skill}
    WHERE r.min_lat <= ${box.maxLat} AND r.max_lat >= ${box.minLat}
      AND r.min_lng <= ${box.maxLng} AND r.max_lng >= ${box.minLng}
      AND p.coordinate_source <> 'department'
      AND u.deleted_at IS NULL
      AND u.email_verified_at IS NOT NULL
      AND (u.suspended_until IS NULL OR u.suspended_until <= ${nowSeconds})
  `;
}
