import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { organisations } from "./directory";
import { users } from "./members";

/*
 * Partner listings' « bons plans » (deals), who took them, and the members
 * who follow a listing (ADR 024).
 */

/**
 * A deal a partner listing's managers publish. Days are Paris calendar days,
 * `YYYY-MM-DD`, both included. With a quantity, `remaining` counts down as
 * members take it, one each, never below zero (the check and the guarded
 * update in app/models/directory/deals.server.ts).
 */
export const deals = sqliteTable(
  "deals",
  {
    id: integer("id").primaryKey(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** Short Markdown, and the same rendered and sanitized. */
    body: text("body").notNull(),
    bodyHtml: text("body_html").notNull(),
    validFrom: text("valid_from").notNull(),
    validUntil: text("valid_until").notNull(),
    /** Null: no limit. */
    quantity: integer("quantity"),
    remaining: integer("remaining"),
    /** Shown only to the members who took the deal. */
    code: text("code"),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    withdrawnAt: integer("withdrawn_at", { mode: "timestamp" }),
    createdAt: createdAt(),
  },
  (table) => [
    index("deals_organisation_idx").on(table.organisationId, table.validUntil),
    index("deals_valid_idx").on(table.validUntil, table.validFrom),
    check(
      "deals_remaining_check",
      sql`remaining is null or (remaining >= 0 and remaining <= quantity)`,
    ),
  ],
);

export type Deal = typeof deals.$inferSelect;

/** A member took a deal: once per member and deal. */
export const dealClaims = sqliteTable(
  "deal_claims",
  {
    dealId: integer("deal_id")
      .notNull()
      .references(() => deals.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.dealId, table.userId] })],
);

/**
 * A member follows a listing: they hear of its new deals (and, later, its
 * news and events) through the `listing-*` notification types.
 */
export const organisationFollows = sqliteTable(
  "organisation_follows",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.organisationId] }),
    index("organisation_follows_organisation_idx").on(table.organisationId),
  ],
);
