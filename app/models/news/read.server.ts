import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import {
  images,
  newsPosts,
  newsQuestions,
  newsThanks,
  organisations,
  places,
  questions,
  users,
} from "#db/schema";
import { excerpt } from "#app/domain/markdown.server";
import { memberName } from "#app/domain/names";
import { NEWS_REACH_KM } from "#app/domain/news";
import { neighbouringPlaces } from "#app/models/places/places.server";
import { reaches } from "./audience.server";

/*
 * Reading news (ADR 027). Public lists show published posts that moderation
 * has not removed; a post's page also shows a waiting post to its author,
 * its listing's managers' staff and the place's staff (the route decides).
 */

const postColumns = {
  id: newsPosts.id,
  slug: newsPosts.slug,
  title: newsPosts.title,
  body: newsPosts.body,
  bodyHtml: newsPosts.bodyHtml,
  status: newsPosts.status,
  reachKm: newsPosts.reachKm,
  publishedAt: newsPosts.publishedAt,
  createdAt: newsPosts.createdAt,
  thanksCount: newsPosts.thanksCount,
  moderationState: newsPosts.moderationState,
  deletedAt: newsPosts.deletedAt,
  authorId: newsPosts.authorId,
  placeId: newsPosts.placeId,
  placeName: places.name,
  placeSlug: places.slug,
  placeCode: places.code,
  lat: places.lat,
  lng: places.lng,
  organisationId: newsPosts.organisationId,
  organisationName: organisations.name,
  organisationSlug: organisations.slug,
  authorFirstName: users.firstName,
  authorLastName: users.lastName,
};

function selectPosts(db: AppDatabase) {
  return db
    .select(postColumns)
    .from(newsPosts)
    .innerJoin(places, eq(places.id, newsPosts.placeId))
    .innerJoin(users, eq(users.id, newsPosts.authorId))
    .leftJoin(organisations, eq(organisations.id, newsPosts.organisationId));
}

export type NewsRow = Awaited<ReturnType<ReturnType<typeof selectPosts>["all"]>>[number];

const isPublic = and(
  eq(newsPosts.status, "published"),
  isNull(newsPosts.deletedAt),
  isNull(newsPosts.moderationState),
);

/** Who a post is signed by, as visitors may see it: its listing, else « Camille D. ». */
export function byline(post: NewsRow) {
  return (
    post.organisationName ??
    memberName({ firstName: post.authorFirstName, lastName: post.authorLastName }, { full: false })
  );
}

export function getNewsPost(db: AppDatabase, id: number) {
  return selectPosts(db).where(eq(newsPosts.id, id)).get();
}

/** Whether anyone may read the post (published and not removed). */
export function isPublicNews(post: NewsRow) {
  return post.status === "published" && post.deletedAt == null && post.moderationState == null;
}

/**
 * Published posts for a place and radius, newest first: those of places
 * within the radius, and those whose reach covers the place (ADR 027).
 */
export function newsNear(
  db: AppDatabase,
  place: { id: number; lat: number; lng: number; coordinateSource?: string },
  radiusKm: number,
  limit = 30,
) {
  // The widest reach a post may have: a commune 20 km away may reach this one.
  const near = neighbouringPlaces(db, place, Math.max(radiusKm, ...NEWS_REACH_KM));
  const codes = near.map((neighbour) => neighbour.code);
  const ids = codes.length
    ? db
        .select({ id: places.id })
        .from(places)
        .where(inArray(places.code, codes))
        .all()
        .map((row) => row.id)
    : [];
  return selectPosts(db)
    .where(and(isPublic, inArray(newsPosts.placeId, [place.id, ...ids])))
    .orderBy(desc(newsPosts.publishedAt), desc(newsPosts.id))
    .limit(limit * 4)
    .all()
    .filter((post) =>
      reaches(post, { placeId: place.id, radiusKm, lat: place.lat, lng: place.lng }),
    )
    .slice(0, limit);
}

/** A listing's published posts, newest first. */
export function newsOfListing(db: AppDatabase, organisationId: number, limit = 30) {
  return selectPosts(db)
    .where(and(isPublic, eq(newsPosts.organisationId, organisationId)))
    .orderBy(desc(newsPosts.publishedAt), desc(newsPosts.id))
    .limit(limit)
    .all();
}

/** Posts waiting for the staff of a place, oldest first. */
export function pendingNews(db: AppDatabase, placeId: number) {
  return selectPosts(db)
    .where(
      and(
        eq(newsPosts.status, "pending-approval"),
        eq(newsPosts.placeId, placeId),
        isNull(newsPosts.deletedAt),
      ),
    )
    .orderBy(asc(newsPosts.createdAt))
    .all();
}

/** A post's photos, in their order. */
export function newsImages(db: AppDatabase, newsId: number) {
  return db
    .select()
    .from(images)
    .where(eq(images.newsId, newsId))
    .orderBy(asc(images.position))
    .all();
}

/** The questions asked about a post that are still up. */
export function questionsAboutNews(db: AppDatabase, newsId: number) {
  return db
    .select({ id: questions.id, slug: questions.slug, title: questions.title })
    .from(newsQuestions)
    .innerJoin(questions, eq(questions.id, newsQuestions.questionId))
    .where(
      and(
        eq(newsQuestions.newsId, newsId),
        isNull(questions.deletedAt),
        isNull(questions.moderationState),
      ),
    )
    .orderBy(asc(questions.id))
    .all();
}

/** The post a question was asked about, if it is public. */
export function newsOfQuestion(db: AppDatabase, questionId: number) {
  const link = db
    .select({ newsId: newsQuestions.newsId })
    .from(newsQuestions)
    .where(eq(newsQuestions.questionId, questionId))
    .get();
  const post = link && getNewsPost(db, link.newsId);
  return post && isPublicNews(post) ? { id: post.id, slug: post.slug, title: post.title } : null;
}

export function hasThanked(db: AppDatabase, newsId: number, userId: string) {
  return Boolean(
    db
      .select({ newsId: newsThanks.newsId })
      .from(newsThanks)
      .where(and(eq(newsThanks.newsId, newsId), eq(newsThanks.userId, userId)))
      .get(),
  );
}

/** A short plain-text summary of a post for lists, feeds and the API. */
export function newsSummary(post: { body: string }, maxChars = 240) {
  return excerpt(post.body, maxChars);
}

/** The latest news around a point (the « Autour de moi » home), as links. */
export function latestNewsAround(
  db: AppDatabase,
  centre: { placeId: number | null; lat: number; lng: number },
  radiusKm: number,
  limit = 3,
) {
  return newsNear(
    db,
    { id: centre.placeId ?? -1, lat: centre.lat, lng: centre.lng },
    radiusKm,
    limit,
  ).map((post) => ({
    id: post.id,
    path: `/actualites/${post.id}/${post.slug}`,
    title: post.title,
    byline: byline(post),
    placeName: post.placeName,
  }));
}
