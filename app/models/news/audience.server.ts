import { and, between, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { follows, newsPosts, places } from "#db/schema";
import { FOLLOW_RADII_KM } from "#app/domain/follows";
import { boundingBox, haversineKm, type Point } from "#app/domain/geo";
import { NEWS_REACH_KM } from "#app/domain/news";
import { notify } from "#app/models/notifications/notify.server";

/*
 * Who a post reaches (ADR 027). One rule for readers and for followers: a
 * post is for a centre and radius when its place's centre is within the
 * larger of that radius and the post's own reach. A commune-only post (reach
 * 0) is for its commune and for whoever looks around it; a post that reaches
 * 20 km is also for the place-only followers of every commune within 20 km.
 */

export function reaches(
  post: { placeId: number; reachKm: number; lat: number; lng: number },
  reader: { placeId: number | null; radiusKm: number } & Point,
) {
  if (reader.placeId === post.placeId) return true;
  return haversineKm(post, reader) <= Math.max(reader.radiusKm, post.reachKm);
}

/**
 * Each source of readers to tell about a new post: today the followers of
 * the places it reaches; the followers of its listing join here once members
 * can follow listings (a source is a function of the post, deduplicated below).
 */
const AUDIENCES: ((db: AppDatabase, post: PostPlace) => string[])[] = [placeFollowers];

type PostPlace = { id: number; placeId: number; reachKm: number; lat: number; lng: number };

/**
 * Notifies the followers of a post that just went out, once each (the
 * dedupe key is the post), digest by default. Called in the post's (or its
 * approval's) transaction.
 */
export function notifyNewsFollowers(db: AppDatabase, newsId: number, at: Date) {
  const post = db
    .select({
      id: newsPosts.id,
      authorId: newsPosts.authorId,
      placeId: newsPosts.placeId,
      reachKm: newsPosts.reachKm,
      lat: places.lat,
      lng: places.lng,
    })
    .from(newsPosts)
    .innerJoin(places, eq(places.id, newsPosts.placeId))
    .where(eq(newsPosts.id, newsId))
    .get();
  if (!post) return 0;
  const recipients = new Set(AUDIENCES.flatMap((audience) => audience(db, post)));
  let sent = 0;
  for (const userId of recipients) {
    const id = notify(db, {
      userId,
      type: "news-published",
      dedupeKey: `news:${post.id}`,
      actorId: post.authorId,
      at,
    });
    if (id != null) sent += 1;
  }
  return sent;
}

/**
 * Members whose place follows the post reaches. A follow narrowed to one
 * category of questions is about questions: only follows of every topic
 * hear about news.
 */
function placeFollowers(db: AppDatabase, post: PostPlace) {
  const widest = Math.max(...FOLLOW_RADII_KM, ...NEWS_REACH_KM);
  const box = boundingBox(post, widest);
  return db
    .select({
      userId: follows.userId,
      placeId: follows.placeId,
      radiusKm: follows.radiusKm,
      lat: follows.lat,
      lng: follows.lng,
    })
    .from(follows)
    .where(and(between(follows.lat, box.minLat, box.maxLat), isNull(follows.category)))
    .all()
    .filter((follow) => reaches(post, follow))
    .map((follow) => follow.userId);
}
