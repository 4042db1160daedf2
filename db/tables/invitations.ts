import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./members";

/*
 * Invitations: a member's personal link to send to a neighbour.
 */

/**
 * One personal invite link, for one neighbour. The token is stored as it is,
 * unlike the e-mail tokens: the inviter must be able to see and share the
 * link again, and all it grants is to say who invited whom (the inviter still
 * decides whether to vouch, under the usual rules). It is 32 random bytes, so
 * it cannot be guessed; it stops working once used, revoked or expired.
 */
export const invitations = sqliteTable(
  "invitations",
  {
    id: integer("id").primaryKey(),
    token: text("token").notNull().unique(),
    inviterId: text("inviter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp" }),
    /** The neighbour who signed up through the link. */
    inviteeId: text("invitee_id").references(() => users.id, { onDelete: "set null" }),
    acceptedAt: integer("accepted_at", { mode: "timestamp" }),
  },
  (table) => [
    index("invitations_inviter_idx").on(table.inviterId),
    index("invitations_invitee_idx").on(table.inviteeId),
  ],
);
