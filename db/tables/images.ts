import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./members";
import { newsPosts } from "./news";
import { answers, questions } from "./questions";

/*
 * Images members upload: photos on questions and answers, and profile
 * photos. The files live in the uploads folder (UPLOADS_DIR), re-encoded to
 * WebP at a few widths and named by their content (ADR 018).
 */

/**
 * One uploaded image. Its files are `images/<key>-<width>.webp` for each
 * width in `widths`; `key` is a hash of the re-encoded pixels, so a name
 * never changes meaning and can be cached for good. The same picture sent
 * twice shares its files: they go when the last row naming them goes.
 * A post's images follow the post: hidden with it, deleted with it.
 */
export const images = sqliteTable(
  "images",
  {
    id: integer("id").primaryKey(),
    key: text("key").notNull(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id),
    purpose: text("purpose", { enum: ["post", "avatar", "gallery"] }).notNull(),
    questionId: integer("question_id").references(() => questions.id),
    answerId: integer("answer_id").references(() => answers.id),
    /**
     * A partner listing's gallery photo (purpose `gallery`). No foreign key:
     * SQLite cannot add one with ON DELETE to an existing table, and a plain
     * one would block deleting (merging) a listing; a photo whose listing is
     * gone is served to nobody (`imageAudience`).
     */
    organisationId: integer("organisation_id"),
    /** A news post's photo (ADR 027). */
    newsId: integer("news_id").references(() => newsPosts.id),
    /** Its place among the post's images (0–3), or the gallery's (0–7). */
    position: integer("position").notNull().default(0),
    /** What the picture shows, for those who cannot see it; required for post photos. */
    alt: text("alt").notNull().default(""),
    /** The size of the widest file, for width/height attributes (no layout shift). */
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    /** The widths written, space separated, ascending ("320 640 1280"). */
    widths: text("widths").notNull(),
    bytes: integer("bytes").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index("images_question_idx").on(table.questionId),
    index("images_answer_idx").on(table.answerId),
    index("images_news_idx").on(table.newsId),
    index("images_owner_idx").on(table.ownerId, table.purpose),
    index("images_key_idx").on(table.key),
    index("images_organisation_idx").on(table.organisationId),
  ],
);

export type Image = typeof images.$inferSelect;
