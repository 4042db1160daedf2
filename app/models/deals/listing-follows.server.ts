import { and, asc, eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { organisationFollows, organisations, places } from "#db/schema";
import type { NotificationType } from "#app/domain/notifications";
import { organisationPath } from "#app/domain/directory";
import { notify } from "#app/models/notifications/notify.server";

/*
 * Members follow a listing to hear of what it publishes: its bons plans now,
 * its news and events with the next issue (ADR 024).
 */

export function followListing(db: AppDatabase, userId: string, organisationId: number) {
  const listing = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!listing) return false;
  db.insert(organisationFollows).values({ userId, organisationId }).onConflictDoNothing().run();
  return true;
}

export function unfollowListing(db: AppDatabase, userId: string, organisationId: number) {
  return (
    db
      .delete(organisationFollows)
      .where(
        and(
          eq(organisationFollows.userId, userId),
          eq(organisationFollows.organisationId, organisationId),
        ),
      )
      .run().changes > 0
  );
}

export function followsListing(db: AppDatabase, userId: string, organisationId: number) {
  return Boolean(
    db
      .select({ userId: organisationFollows.userId })
      .from(organisationFollows)
      .where(
        and(
          eq(organisationFollows.userId, userId),
          eq(organisationFollows.organisationId, organisationId),
        ),
      )
      .get(),
  );
}

/** The listings a member follows, oldest follow first, for /parametres/suivis. */
export function listListingFollows(db: AppDatabase, userId: string) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      slug: organisations.slug,
      placeName: places.name,
    })
    .from(organisationFollows)
    .innerJoin(organisations, eq(organisations.id, organisationFollows.organisationId))
    .innerJoin(places, eq(places.id, organisations.placeId))
    .where(eq(organisationFollows.userId, userId))
    .orderBy(asc(organisationFollows.createdAt), asc(organisations.id))
    .all()
    .map((row) => ({ ...row, path: organisationPath(row) }));
}

/** What a listing publishes that its followers hear of; the next issue adds "news" and "event". */
export type ListingItemKind = "deal";

/** The notification type of each kind of item (each with its own delivery setting). */
export const LISTING_NOTIFICATION_TYPES = {
  deal: "listing-deal",
} as const satisfies Record<ListingItemKind, NotificationType>;

/** The key of a listing's item in its followers' notifications: `listing:<listing>:<kind>:<item>`. */
export function listingItemKey(organisationId: number, kind: ListingItemKind, itemId: number) {
  return `listing:${organisationId}:${kind}:${itemId}`;
}

/** The listing and item a `listing:…` key names, or null. */
export function parseListingItemKey(key: string) {
  const match = /^listing:(\d+):([a-z]+):(\d+)$/.exec(key);
  if (!match) return null;
  return { organisationId: Number(match[1]), kind: match[2]!, itemId: Number(match[3]) };
}

/**
 * Tells every follower of the listing of a new item, in the caller's
 * transaction; the author is not told of their own. Returns how many were.
 */
export function notifyListingFollowers(
  db: AppDatabase,
  item: { organisationId: number; kind: ListingItemKind; itemId: number; actorId: string | null },
  at = new Date(),
) {
  const followers = db
    .select({ userId: organisationFollows.userId })
    .from(organisationFollows)
    .where(eq(organisationFollows.organisationId, item.organisationId))
    .all();
  let notified = 0;
  for (const { userId } of followers) {
    const id = notify(db, {
      userId,
      type: LISTING_NOTIFICATION_TYPES[item.kind],
      dedupeKey: listingItemKey(item.organisationId, item.kind, item.itemId),
      actorId: item.actorId,
      at,
    });
    if (id != null) notified += 1;
  }
  return notified;
}
