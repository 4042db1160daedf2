import { and, asc, between, count, eq, isNull, or } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { follows, places, users } from "#db/schema";
import { boundingBox, haversineKm, type Point } from "#app/domain/geo";
import { FOLLOW_RADII_KM, MAX_FOLLOWS, type FollowRadiusKm } from "#app/domain/follows";
import { foldText } from "#app/domain/normalize";
import { resolvePlaceChoice } from "#app/models/places/places.server";
import { ASK_PLACE_RADIUS_KM, type Category } from "#app/domain/questions";
import { refused, type Outcome } from "#app/models/refusals";

/** A member's follows, oldest first, with the place's name. */
export function listFollows(db: AppDatabase, userId: string) {
  return db
    .select({
      id: follows.id,
      placeName: places.name,
      radiusKm: follows.radiusKm,
      category: follows.category,
    })
    .from(follows)
    .innerJoin(places, eq(places.id, follows.placeId))
    .where(eq(follows.userId, userId))
    .orderBy(asc(follows.id))
    .all();
}

export type FollowInput = { placeId: number; radiusKm: FollowRadiusKm; category: Category | null };

/**
 * Adds a follow, its centre copied from the place so matching a new question
 * needs no join. Following the same thing twice keeps one follow.
 */
export function addFollow(db: AppDatabase, userId: string, input: FollowInput): Outcome {
  return db.transaction(() => {
    const place = db
      .select({ lat: places.lat, lng: places.lng })
      .from(places)
      .where(eq(places.id, input.placeId))
      .get();
    if (!place) return refused({ reason: "unknown-place" });
    const same = db
      .select({ id: follows.id })
      .from(follows)
      .where(
        and(
          eq(follows.userId, userId),
          eq(follows.placeId, input.placeId),
          eq(follows.radiusKm, input.radiusKm),
          input.category ? eq(follows.category, input.category) : isNull(follows.category),
        ),
      )
      .get();
    if (same) return { ok: true };
    const existing = db
      .select({ total: count() })
      .from(follows)
      .where(eq(follows.userId, userId))
      .get()!.total;
    if (existing >= MAX_FOLLOWS) return refused({ reason: "too-many-follows" });
    db.insert(follows)
      .values({ userId, ...input, lat: place.lat, lng: place.lng })
      .run();
    return { ok: true };
  });
}

/** Removes one of the member's own follows; false when it is not theirs (or gone). */
export function removeFollow(db: AppDatabase, userId: string, followId: number) {
  const removed = db
    .delete(follows)
    .where(and(eq(follows.id, followId), eq(follows.userId, userId)))
    .returning({ id: follows.id })
    .get();
  return Boolean(removed);
}

/**
 * The members whose follows cover a new question: the same place for a
 * place-only follow, otherwise a great-circle distance within the radius
 * (a latitude range on the index first), and the same category or all.
 * Each member once, however many of their follows match.
 */
export function followersOf(
  db: AppDatabase,
  question: { placeId: number; category: Category; point: Point },
): string[] {
  // A place-only follow's centre is its place's, and a question's point (a
  // shared position) is within ASK_PLACE_RADIUS_KM of its place: both fit in
  // the widest radius's band, so one range scan on the index finds every candidate.
  const box = boundingBox(question.point, Math.max(...FOLLOW_RADII_KM, ASK_PLACE_RADIUS_KM));
  const rows = db
    .select({
      userId: follows.userId,
      placeId: follows.placeId,
      radiusKm: follows.radiusKm,
      category: follows.category,
      lat: follows.lat,
      lng: follows.lng,
    })
    .from(follows)
    .where(
      and(
        between(follows.lat, box.minLat, box.maxLat),
        or(eq(follows.category, question.category), isNull(follows.category)),
      ),
    )
    .all();
  const matching = rows.filter((follow) =>
    follow.radiusKm === 0
      ? follow.placeId === question.placeId
      : haversineKm(follow, question.point) <= follow.radiusKm,
  );
  return [...new Set(matching.map((follow) => follow.userId))];
}

/** The place a new follow starts from: the member's home, as the place field shows it. */
export function followPlaceDefault(db: AppDatabase, homePlaceId: number | null) {
  if (homePlaceId == null) return null;
  return (
    db
      .select({ code: places.code, name: places.name })
      .from(places)
      .where(eq(places.id, homePlaceId))
      .get() ?? null
  );
}

/**
 * The place a follow form names. The field starts filled with the home
 * place and its code travels in a hidden input; without JavaScript, typing
 * another name does not clear that code, so the code counts only while the
 * text still names its place.
 */
export function resolveFollowPlace(
  db: AppDatabase,
  { code, query }: { code?: string | null; query: string },
) {
  if (code) {
    const byCode = resolvePlaceChoice(db, { code });
    if (byCode.status === "found" && foldText(byCode.place.name) === foldText(query)) return byCode;
  }
  return resolvePlaceChoice(db, { query });
}

/**
 * The follow every member starts with: their home commune and radius, all
 * categories (delivered like any followed question: in the digest unless
 * they choose otherwise). Nothing when they have no home place.
 */
export function followHome(db: AppDatabase, userId: string): Outcome {
  const home = db
    .select({ placeId: users.homePlaceId, radiusKm: users.homeRadiusKm })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (home?.placeId == null) return refused({ reason: "unknown-place" });
  return addFollow(db, userId, {
    placeId: home.placeId,
    radiusKm: asFollowRadius(home.radiusKm),
    category: null,
  });
}

/** A home radius is always a follow radius (HOME_RADII_KM ⊂ FOLLOW_RADII_KM); the widest otherwise. */
function asFollowRadius(radiusKm: number): FollowRadiusKm {
  return FOLLOW_RADII_KM.find((radius) => radius === radiusKm) ?? 10;
}

/**
 * Moves the home follow along when the member changes their home or radius:
 * the follow of the old home and radius (all categories), if they kept it,
 * becomes one of the new. Follows they made themselves stay as they are.
 */
export function moveHomeFollow(
  db: AppDatabase,
  userId: string,
  from: { placeId: number | null; radiusKm: number },
) {
  if (from.placeId != null) {
    db.delete(follows)
      .where(
        and(
          eq(follows.userId, userId),
          eq(follows.placeId, from.placeId),
          eq(follows.radiusKm, from.radiusKm),
          isNull(follows.category),
        ),
      )
      .run();
  }
  return followHome(db, userId);
}

/** How the member follows a place ("Suivre Donges" on its page): the widest of their follows there, or null. */
export function placeFollowOf(db: AppDatabase, userId: string, placeId: number) {
  const rows = db
    .select({ radiusKm: follows.radiusKm, category: follows.category })
    .from(follows)
    .where(and(eq(follows.userId, userId), eq(follows.placeId, placeId)))
    .all();
  if (rows.length === 0) return null;
  return { radiusKm: Math.max(...rows.map((row) => row.radiusKm)), count: rows.length };
}

/** « Ne plus suivre Donges »: every follow of the member around that place goes. */
export function unfollowPlace(db: AppDatabase, userId: string, placeId: number) {
  return db
    .delete(follows)
    .where(and(eq(follows.userId, userId), eq(follows.placeId, placeId)))
    .run().changes;
}
