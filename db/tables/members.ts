import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { places } from "./places";

/*
 * Members: accounts, sign-in sessions and email tokens, the account emails'
 * outbox, name and address changes, the verification of their home place
 * (vouches, codes) and staff roles.
 */

/**
 * Members. Real names (shown in full only to signed-in members), one home
 * place. `deletedAt` marks an erased account: personal columns are blanked,
 * the row stays so posts can say "Ancien membre".
 */
export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").unique(),
    emailVerifiedAt: integer("email_verified_at", { mode: "timestamp" }),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    passwordHash: text("password_hash"),
    homePlaceId: integer("home_place_id").references(() => places.id),
    /** How far around home "Autour de moi" and the home follow reach (HOME_RADII_KM). */
    homeRadiusKm: integer("home_radius_km").notNull().default(10),
    locale: text("locale", { enum: ["fr", "en"] })
      .notNull()
      .default("fr"),
    /** How the verified badge reads in French: "Voisine vérifiée", "Voisin vérifié" or "Voisin·e vérifié·e". */
    badgeStyle: text("badge_style", { enum: ["feminine", "masculine", "neutral"] })
      .notNull()
      .default("neutral"),
    isAdmin: integer("is_admin", { mode: "boolean" }).notNull().default(false),
    /** The sum of the member's reputation ledger, kept in step by every write to it. */
    reputation: integer("reputation").notNull().default(0),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    deletedAt: integer("deleted_at", { mode: "timestamp" }),
    /** A suspended member can read but not post, message, vote or flag until then. */
    suspendedUntil: integer("suspended_until", { mode: "timestamp" }),
    suspensionReason: text("suspension_reason"),
    /** A few lines of plain text on the profile: who they are, what they can lend or do. */
    bio: text("bio"),
  },
  (table) => [index("users_home_place_idx").on(table.homePlaceId)],
);

/**
 * What a member can help with: skills from the curated list
 * (app/domain/skills.ts) and a few free tags, searched by « Qui peut
 * m'aider ? » through `member_skills_skill_idx`.
 */
export const memberSkills = sqliteTable(
  "member_skills",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    skill: text("skill").notNull(),
    kind: text("kind", { enum: ["skill", "tag"] }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.skill] }),
    index("member_skills_skill_idx").on(table.skill, table.userId),
  ],
);

/** Sign-in sessions (lucia), kept in the database so they can be listed and revoked. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at").notNull(),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    userAgent: text("user_agent"),
    /**
     * When this session last proved the member's password (signing in, or
     * confirming it again): sensitive actions need it to be recent (ADR 013).
     * Null for a session opened by an emailed link.
     */
    authenticatedAt: integer("authenticated_at", { mode: "timestamp" }),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

/**
 * Single-use links sent by email. Only a SHA-256 hash of the token is stored,
 * so a leaked database cannot be used to take over accounts.
 */
export const emailTokens = sqliteTable(
  "email_tokens",
  {
    id: integer("id").primaryKey(),
    tokenHash: text("token_hash").notNull().unique(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["verify-email", "reset-password"] }).notNull(),
    /** The address the link was sent to (a new address being verified, for an email change). */
    email: text("email").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp" }),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (table) => [index("email_tokens_user_idx").on(table.userId)],
);

/**
 * Confirmed address changes. The old address is told, with a link to undo the
 * change for 7 days (only the link's SHA-256 hash is kept, as for email
 * tokens); meanwhile the old address stays reserved for its member.
 */
export const emailChanges = sqliteTable(
  "email_changes",
  {
    id: integer("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    oldEmail: text("old_email").notNull(),
    newEmail: text("new_email").notNull(),
    changedAt: createdAt("changed_at"),
    /** Set when the notice to the old address is sent (again on a retry: the last link sent works). */
    undoTokenHash: text("undo_token_hash").unique(),
    undoneAt: integer("undone_at", { mode: "timestamp" }),
  },
  (table) => [
    index("email_changes_user_idx").on(table.userId),
    index("email_changes_old_email_idx").on(table.oldEmail),
  ],
);

/**
 * The outbox of account emails (address confirmation, password reset, notice
 * of an address change): requests only write a row, and a background sender
 * renders and sends it (app/models/members/account-emails.server.ts), so no
 * response waits for the mail server or tells by its timing whether an
 * address is registered. Links are made when the email is sent, so no usable
 * token is ever stored. A sent row is deleted.
 */
export const accountEmails = sqliteTable(
  "account_emails",
  {
    id: integer("id").primaryKey(),
    kind: text("kind", { enum: ["verify-email", "reset-password", "email-changed"] }).notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The recipient: the address to confirm, the member's address, or the old address of a change. */
    email: text("email").notNull(),
    emailChangeId: integer("email_change_id").references(() => emailChanges.id, {
      onDelete: "cascade",
    }),
    createdAt: createdAt(),
    attempts: integer("attempts").notNull().default(0),
    /** Not before this time (ms since the epoch): a lease while it is being sent, then the retry backoff. */
    nextAttemptAt: integer("next_attempt_at").notNull().default(0),
    lastError: text("last_error"),
    /** Given up after too many failures: kept for the logs, never sent. */
    failedAt: integer("failed_at", { mode: "timestamp" }),
  },
  (table) => [index("account_emails_due_idx").on(table.failedAt, table.nextAttemptAt)],
);

/** A member's home place verified: by two vouches, by staff of the place, or by a code. */
export const neighbourVerifications = sqliteTable(
  "neighbour_verifications",
  {
    id: integer("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id),
    method: text("method", { enum: ["vouches", "staff", "code", "import"] }).notNull(),
    verifiedById: text("verified_by_id").references(() => users.id),
    codeId: integer("code_id"),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    revokedAt: integer("revoked_at", { mode: "timestamp" }),
    revokedById: text("revoked_by_id").references(() => users.id),
    revokeReason: text("revoke_reason"),
  },
  (table) => [index("neighbour_verifications_user_idx").on(table.userId)],
);

/** "I know this person, they live here": one per voucher, member and place. */
export const vouches = sqliteTable(
  "vouches",
  {
    id: integer("id").primaryKey(),
    voucherId: text("voucher_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    voucheeId: text("vouchee_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (table) => [
    uniqueIndex("vouches_unique_idx").on(table.voucherId, table.voucheeId, table.placeId),
    index("vouches_vouchee_idx").on(table.voucheeId),
  ],
);

/** Ambassadors and moderators, for a place; a moderator with no place is global. */
export const roleGrants = sqliteTable(
  "role_grants",
  {
    id: integer("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["ambassador", "moderator"] }).notNull(),
    placeId: integer("place_id").references(() => places.id),
    grantedById: text("granted_by_id").references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (table) => [uniqueIndex("role_grants_unique_idx").on(table.userId, table.role, table.placeId)],
);

/** Single-use verification codes, printed in batches by an ambassador for a partner place. */
export const verificationCodes = sqliteTable(
  "verification_codes",
  {
    id: integer("id").primaryKey(),
    codeHash: text("code_hash").notNull().unique(),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id),
    batchId: text("batch_id").notNull(),
    createdById: text("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    usedById: text("used_by_id").references(() => users.id),
    usedAt: integer("used_at", { mode: "timestamp" }),
  },
  (table) => [index("verification_codes_batch_idx").on(table.batchId)],
);

/** Name changes are logged: members are known by their real names. */
export const nameChanges = sqliteTable("name_changes", {
  id: integer("id").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  oldFirstName: text("old_first_name").notNull(),
  oldLastName: text("old_last_name").notNull(),
  newFirstName: text("new_first_name").notNull(),
  newLastName: text("new_last_name").notNull(),
  changedAt: integer("changed_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`),
});

export type User = typeof users.$inferSelect;
