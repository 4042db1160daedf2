import { eq, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { neighbourVerifications, places, users } from "#db/schema";
import { loadActor, type Actor } from "#app/models/members/privileges.server";
import { createMember } from "#app/models/members/users.server";

/** Test members confirmed their email long ago, past the new-member limits of the first day. */
const CONFIRMED_LONG_AGO_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Members for model tests: email-verified (30 days ago, or just now with
 * `newMember`) unless told otherwise, optionally
 * verified neighbours, with a starting reputation given as a ledger-free
 * cache (tests of the ledger itself start at 0).
 */
export function memberFactory(db: AppDatabase) {
  let n = 0;
  return function member(
    homePlaceId: number,
    options: {
      verifiedNeighbour?: boolean;
      emailVerified?: boolean;
      reputation?: number;
      isAdmin?: boolean;
      /** Confirmed their email just now: the first-day limits apply. */
      newMember?: boolean;
    } = {},
  ): Actor {
    n += 1;
    const id = createMember(db, {
      firstName: `Voisin${n}`,
      lastName: "Test",
      email: `voisin${n}-${Math.random().toString(36).slice(2)}@exemple.fr`,
      passwordHash: "x",
      homePlaceId,
      locale: "fr",
      isAdmin: options.isAdmin,
      emailVerifiedAt:
        options.emailVerified === false
          ? null
          : new Date(Date.now() - (options.newMember ? 0 : CONFIRMED_LONG_AGO_MS)),
    });
    if (options.verifiedNeighbour !== false) {
      db.insert(neighbourVerifications)
        .values({ userId: id, placeId: homePlaceId, method: "staff" })
        .run();
    }
    if (options.reputation) {
      db.update(users)
        .set({ reputation: sql`${options.reputation}` })
        .where(eq(users.id, id))
        .run();
    }
    return loadActor(db, id)!;
  };
}

/** The member's reputation as stored now. */
export function reputationOf(db: AppDatabase, userId: string) {
  return db.select({ reputation: users.reputation }).from(users).where(eq(users.id, userId)).get()!
    .reputation;
}

/** A place of the test database by its INSEE code (44052 Donges, 44103 Montoir-de-Bretagne…). */
export function placeByCode(db: AppDatabase, code: string) {
  const place = db
    .select({ id: places.id, lat: places.lat, lng: places.lng })
    .from(places)
    .where(eq(places.code, code))
    .get();
  if (!place) throw new Error(`No place with code ${code} in the test database`);
  return place;
}
