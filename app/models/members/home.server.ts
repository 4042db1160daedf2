import { eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { places, users } from "#db/schema";
import type { HomeRadiusKm } from "#app/domain/home";
import { moveHomeFollow } from "#app/models/notifications/follows.server";

/** The member's home commune and radius: the centre of "Autour de moi". */
export function getHome(db: AppDatabase, userId: string) {
  return (
    db
      .select({
        placeId: places.id,
        code: places.code,
        name: places.name,
        slug: places.slug,
        lat: places.lat,
        lng: places.lng,
        radiusKm: users.homeRadiusKm,
      })
      .from(users)
      .innerJoin(places, eq(places.id, users.homePlaceId))
      .where(eq(users.id, userId))
      .get() ?? null
  );
}

/**
 * Changes the member's home commune and radius, and their home follow with
 * them, in one transaction. (A verification belongs to a place: a member who
 * moves is verified again where they now live.)
 */
export function setHome(
  db: AppDatabase,
  userId: string,
  home: { placeId: number; radiusKm?: HomeRadiusKm },
) {
  db.transaction(() => {
    const before = db
      .select({ placeId: users.homePlaceId, radiusKm: users.homeRadiusKm })
      .from(users)
      .where(eq(users.id, userId))
      .get();
    if (!before) return;
    db.update(users)
      .set({ homePlaceId: home.placeId, homeRadiusKm: home.radiusKm ?? before.radiusKm })
      .where(eq(users.id, userId))
      .run();
    moveHomeFollow(db, userId, before);
  });
}
