import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import {
  emailDigests,
  emailSettings,
  notificationPreferences,
  notifications,
  sessions,
  users,
} from "#db/schema";
import { copyPlacesDatabase } from "#test/databases";
import { memberFactory, placeByCode } from "#test/members";
import { createInvitation } from "#app/models/invitations/invitations.server";
import { updateHelpProfile } from "#app/models/people/profile.server";
import { loadActor } from "./privileges.server";
import { deleteAccount, signUpMember } from "./account.server";
import { findUserByEmail } from "./users.server";

const db = copyPlacesDatabase();
afterAll(() => db.$client.close());
const DONGES = placeByCode(db, "44052").id;
const member = memberFactory(db);

/**
 * Rows that point at a deleted member on purpose, though their foreign key
 * would cascade if the row itself were removed (it is kept as « Ancien
 * membre » so that what they wrote keeps its place).
 */
const KEPT: Record<string, { why: string; where?: string }> = {
  "vouches.voucher_id": { why: "a vouch they gave still verifies the other member" },
  "blocks.blocked_id": { why: "another member's block is that member's own record" },
  "invitations.inviter_id": {
    why: "an accepted invitation is the invitee's record",
    where: "accepted_at IS NOT NULL",
  },
};

/** Every column that references users.id with ON DELETE CASCADE: personal data by construction. */
function cascadingMemberColumns() {
  const tables = db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return tables.flatMap((table) =>
    (
      db.$client.prepare(`PRAGMA foreign_key_list("${table}")`).all() as {
        table: string;
        from: string;
        on_delete: string;
      }[]
    )
      .filter((key) => key.table === "users" && key.on_delete === "CASCADE")
      .map((key) => ({ table, column: key.from })),
  );
}

function rowsFor(userId: string, { table, column }: { table: string; column: string }) {
  const kept = KEPT[`${table}.${column}`]?.where;
  const sql = `SELECT count(*) FROM "${table}" WHERE "${column}" = ?${kept ? ` AND NOT (${kept})` : ""}`;
  return db.$client.prepare(sql).pluck().get(userId) as number;
}

describe("deleting an account", () => {
  it("leaves no row of theirs in any table that would cascade, but what others rely on", async () => {
    await signUpMember(db, {
      firstName: "Léa",
      lastName: "Martin",
      email: "lea.martin@exemple.fr",
      password: "un mot de passe solide",
      homePlaceId: DONGES,
      badgeStyle: "feminine",
      locale: "fr",
    });
    const user = findUserByEmail(db, "lea.martin@exemple.fr")!;
    db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id)).run();
    const other = member(DONGES);
    db.insert(sessions)
      .values({
        id: "session-lea",
        userId: user.id,
        expiresAt: Math.floor(Date.now() / 1000) + 86_400,
      })
      .run();
    db.insert(notifications)
      .values({
        userId: user.id,
        type: "answer-on-my-question",
        dedupeKey: "answer:1",
        actorId: other.id,
        emailDelivery: "digest",
      })
      .run();
    db.insert(notificationPreferences)
      .values({ userId: user.id, type: "answer-on-my-question", delivery: "never" })
      .run();
    db.insert(emailSettings).values({ userId: user.id, unsubscribeToken: "jeton-lea" }).run();
    db.insert(emailDigests).values({ userId: user.id, itemCount: 1 }).run();
    expect(createInvitation(db, user.id)).toMatchObject({ ok: true });
    const actor = loadActor(db, user.id)!;
    const helpProfile = { bio: "Je prête mon échelle.", skills: ["jardinage" as const], tags: [] };
    expect(updateHelpProfile(db, actor, helpProfile)).toMatchObject({ ok: true });

    const columns = cascadingMemberColumns();
    const before = Object.fromEntries(
      columns.map((c) => [`${c.table}.${c.column}`, rowsFor(user.id, c)]),
    );
    // The member had something in each of these, so the check below is not vacuous.
    for (const filled of [
      "sessions.user_id",
      "notifications.user_id",
      "notification_preferences.user_id",
      "email_settings.user_id",
      "email_digests.user_id",
      "follows.user_id",
      "invitations.inviter_id",
      "account_emails.user_id",
      "member_skills.user_id",
    ]) {
      expect(before[filled], filled).toBeGreaterThan(0);
    }

    deleteAccount(db, user.id);

    const left = columns
      .map((c) => ({ at: `${c.table}.${c.column}`, rows: rowsFor(user.id, c) }))
      .filter(({ at, rows }) => rows > 0 && !(at in KEPT && !KEPT[at]!.where));
    expect(left).toEqual([]);
    expect(db.select().from(users).where(eq(users.id, user.id)).get()).toMatchObject({
      email: null,
      firstName: "",
      lastName: "",
      passwordHash: null,
      bio: null,
    });
  });
});
