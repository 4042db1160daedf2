import type { ModerationState } from "#app/domain/moderation";
import type { NewsStatus } from "#app/domain/news";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { organisations } from "./directory";
import { users } from "./members";
import { places } from "./places";
import { questions } from "./questions";

/*
 * Local news (« actualités », ADR 027): posts by a listing's managers or by
 * a place's staff, the « Merci » of readers, and questions asked about them.
 */

/**
 * A news post. It belongs to its place (the listing's, or the commune staff
 * post for) and reaches its followers within `reachKm` of the place's centre
 * (0: the commune alone). `organisationId` is null for a post by the place's
 * staff. A post waits (`pending-approval`) until an ambassador or moderator
 * approves it when its listing is a new publisher (NEWS_APPROVALS_BEFORE_TRUST).
 */
export const newsPosts = sqliteTable(
  "news_posts",
  {
    id: integer("id").primaryKey(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    organisationId: integer("organisation_id").references(() => organisations.id),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id),
    reachKm: integer("reach_km").notNull().default(0),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    body: text("body").notNull(),
    /** `body` rendered and sanitized once, when written. */
    bodyHtml: text("body_html").notNull(),
    status: text("status").$type<NewsStatus>().notNull(),
    approvedById: text("approved_by_id").references(() => users.id),
    /** When it went out: approval time for a post that waited. */
    publishedAt: integer("published_at", { mode: "timestamp" }),
    thanksCount: integer("thanks_count").notNull().default(0),
    moderationState: text("moderation_state").$type<ModerationState>(),
    deletedAt: integer("deleted_at", { mode: "timestamp" }),
    createdAt: createdAt(),
  },
  (table) => [
    index("news_posts_place_idx").on(table.placeId, table.status, table.publishedAt),
    index("news_posts_organisation_idx").on(table.organisationId, table.status),
    index("news_posts_author_idx").on(table.authorId, table.createdAt),
  ],
);

/** One « Merci » per member and post; `news_posts.thanks_count` counts them. */
export const newsThanks = sqliteTable(
  "news_thanks",
  {
    newsId: integer("news_id")
      .notNull()
      .references(() => newsPosts.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.newsId, table.userId] })],
);

/** A question asked about a post (« Poser une question à ce sujet »): shown on both. */
export const newsQuestions = sqliteTable(
  "news_questions",
  {
    questionId: integer("question_id")
      .primaryKey()
      .references(() => questions.id, { onDelete: "cascade" }),
    newsId: integer("news_id")
      .notNull()
      .references(() => newsPosts.id, { onDelete: "cascade" }),
  },
  (table) => [index("news_questions_news_idx").on(table.newsId)],
);

export type NewsPost = typeof newsPosts.$inferSelect;
