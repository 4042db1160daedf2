import { sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { places, questions, questionTags, users } from "#db/schema";
import { boundingBox, type Point } from "#app/domain/geo";
import type { Category, CloseReason, ListTab, QuestionKind } from "#app/domain/questions";
import type { ListCursor } from "./list-cursor.server";

export type QuestionListItem = {
  id: number;
  slug: string;
  title: string;
  kind: QuestionKind;
  category: Category;
  score: number;
  /** How many neighbours found it « Utile »: what lists show, as the question page does. */
  upvoteCount: number;
  answerCount: number;
  solved: boolean;
  closedReason: CloseReason | null;
  neededBy: string | null;
  createdAt: Date;
  distanceKm: number;
  place: { code: string; name: string; slug: string };
  author: { id: string; firstName: string; lastName: string; deleted: boolean };
  tags: string[];
};

/**
 * Questions whose point lies within `radiusKm` of `centre`, for a tab and a
 * page: the R*Tree picks the bounding box, the exact great-circle distance
 * (SQLite's math functions) trims it, and the (sort key, id) cursor pages
 * through without OFFSET.
 */
export function listQuestionsNear(
  db: AppDatabase,
  options: {
    centre: Point;
    radiusKm: number;
    tab: ListTab;
    cursor?: ListCursor | null;
    limit?: number;
    /** Only this kind ("help": the requests for a hand). */
    kind?: QuestionKind;
    /** Only what still waits for help: not solved, not closed, not past its date. */
    openOnly?: boolean;
  },
): { items: QuestionListItem[]; nextCursor: ListCursor | null } {
  const limit = options.limit ?? 20;
  const box = boundingBox(options.centre, options.radiusKm);
  const distance = sql`(2 * 6371.0088 * asin(min(1, sqrt(
      pow(sin(radians(${questions.lat} - ${options.centre.lat}) / 2), 2) +
      cos(radians(${options.centre.lat})) * cos(radians(${questions.lat})) *
      pow(sin(radians(${questions.lng} - ${options.centre.lng}) / 2), 2)))))`;
  const sortKey = options.tab === "votes" ? sql`${questions.score}` : sql`${questions.createdAt}`;
  const tabFilter =
    options.tab === "unanswered"
      ? sql`${questions.answerCount} = 0 AND ${questions.closedReason} IS NULL`
      : options.tab === "solved"
        ? sql`(${questions.acceptedAnswerId} IS NOT NULL OR ${questions.closedReason} = 'resolved')`
        : sql`1`;
  const kindFilter = options.kind ? sql`${questions.kind} = ${options.kind}` : sql`1`;
  const openFilter = options.openOnly
    ? sql`${questions.acceptedAnswerId} IS NULL AND ${questions.closedReason} IS NULL
        AND (${questions.neededBy} IS NULL OR ${questions.neededBy} >= date('now'))`
    : sql`1`;
  const cursorFilter = options.cursor
    ? sql`(${sortKey} < ${options.cursor.key} OR (${sortKey} = ${options.cursor.key} AND ${questions.id} < ${options.cursor.id}))`
    : sql`1`;
  const rows = db.all<{
    id: number;
    slug: string;
    title: string;
    kind: QuestionKind;
    category: Category;
    score: number;
    upvoteCount: number;
    answerCount: number;
    acceptedAnswerId: number | null;
    closedReason: CloseReason | null;
    neededBy: string | null;
    createdAt: number;
    sortKey: number;
    distanceKm: number;
    placeCode: string;
    placeName: string;
    placeSlug: string;
    authorId: string;
    firstName: string;
    lastName: string;
    authorDeletedAt: number | null;
    tags: string | null;
  }>(sql`
    SELECT ${questions.id} AS id, ${questions.slug} AS slug, ${questions.title} AS title,
      ${questions.kind} AS kind, ${questions.category} AS category, ${questions.score} AS score,
      ${questions.upvoteCount} AS upvoteCount,
      ${questions.answerCount} AS answerCount, ${questions.acceptedAnswerId} AS acceptedAnswerId,
      ${questions.closedReason} AS closedReason, ${questions.neededBy} AS neededBy,
      ${questions.createdAt} AS createdAt, ${sortKey} AS sortKey, ${distance} AS distanceKm,
      ${places.code} AS placeCode, ${places.name} AS placeName, ${places.slug} AS placeSlug,
      ${users.id} AS authorId, ${users.firstName} AS firstName, ${users.lastName} AS lastName,
      ${users.deletedAt} AS authorDeletedAt,
      (SELECT group_concat(tag, ' ') FROM ${questionTags} WHERE question_id = ${questions.id}) AS tags
    FROM ${questions}
    JOIN ${places} ON ${places.id} = ${questions.placeId}
    JOIN ${users} ON ${users.id} = ${questions.authorId}
    WHERE ${questions.id} IN (
        SELECT id FROM questions_rtree
        WHERE min_lat <= ${box.maxLat} AND max_lat >= ${box.minLat}
          AND min_lng <= ${box.maxLng} AND max_lng >= ${box.minLng})
      AND ${questions.deletedAt} IS NULL
      AND ${distance} <= ${options.radiusKm}
      AND ${tabFilter}
      AND ${kindFilter}
      AND ${openFilter}
      AND ${cursorFilter}
    ORDER BY sortKey DESC, ${questions.id} DESC
    LIMIT ${limit + 1}
  `);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      kind: row.kind,
      category: row.category,
      score: row.score,
      upvoteCount: row.upvoteCount,
      answerCount: row.answerCount,
      solved: row.acceptedAnswerId != null || row.closedReason === "resolved",
      closedReason: row.closedReason,
      neededBy: row.neededBy,
      createdAt: new Date(row.createdAt * 1000),
      distanceKm: Math.round(row.distanceKm * 10) / 10,
      place: { code: row.placeCode, name: row.placeName, slug: row.placeSlug },
      author: {
        id: row.authorId,
        firstName: row.firstName,
        lastName: row.lastName,
        deleted: row.authorDeletedAt != null,
      },
      tags: row.tags ? row.tags.split(" ").sort() : [],
    })),
    nextCursor: rows.length > limit && last ? { key: last.sortKey, id: last.id } : null,
  };
}
