import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { places, roleGrants, users } from "#db/schema";
import { insertAnswer } from "#app/models/answers/answers.server";
import { addComment } from "#app/models/answers/comments.server";
import { sendMessage } from "#app/models/messages/send.server";
import { loadActor } from "#app/models/members/privileges.server";
import { createMember } from "#app/models/members/users.server";
import { unsubscribeTokenFor } from "#app/models/notifications/email-settings.server";
import { onAnswerPosted } from "#app/models/notifications/events.server";
import { addFollow } from "#app/models/notifications/follows.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { database, store } from "#playwright/fixtures";
import { insertSession, SESSION_COOKIE } from "#playwright/sessions";

/**
 * What one fuzz test acts as and on: a visitor, a member or staff, and rows
 * of its own (a question with an answer and a comment, a conversation, a
 * notification, a follow, role grants) in a commune no other test uses. The
 * fuzz sends real ids from here, so its requests reach the actions' code;
 * other ids it sends are ones that cannot exist (see `confine`), so it never
 * touches what the tests running alongside it created.
 */
export type Role = "visitor" | "member" | "staff";

export const FUZZ_PLACE_CODE = "29019"; // Brest: no other spec posts there.

export type World = {
  role: Role;
  /** The session cookie (none for a visitor). */
  cookie: string | null;
  memberIds: string[];
  numericIds: number[];
  slugs: string[];
  tokens: string[];
  placeCodes: string[];
};

let counter = 0;

function newMember(placeId: number, options: { isAdmin?: boolean } = {}) {
  counter += 1;
  const id = createMember(database(), {
    firstName: `Fuzz${counter}`,
    lastName: "Aléatoire",
    email: `fuzz.${randomBytes(6).toString("hex")}@exemple.fr`,
    // Never signed in with a password: sessions are written directly.
    passwordHash: "fuzz-no-password",
    homePlaceId: placeId,
    locale: "fr",
    isAdmin: options.isAdmin,
    emailVerifiedAt: new Date(Date.now() - 30 * 86_400_000),
  });
  // Enough reputation to reach the privileged code paths (votes, comments, close votes).
  database().update(users).set({ reputation: 5000 }).where(eq(users.id, id)).run();
  return loadActor(database(), id)!;
}

function sessionCookie(userId: string) {
  return `${SESSION_COOKIE}=${insertSession(database(), userId, "fuzz")}`;
}

export function createWorld(role: Role): World {
  const db = database();
  const place = db
    .select({ id: places.id, slug: places.slug })
    .from(places)
    .where(eq(places.code, FUZZ_PLACE_CODE))
    .get()!;
  const owner = newMember(place.id);
  const answerer = newMember(place.id);
  const me = newMember(place.id, { isAdmin: role === "staff" });
  const grants =
    role === "staff"
      ? db
          .insert(roleGrants)
          .values([
            { userId: me.id, role: "moderator" as const, placeId: place.id },
            { userId: me.id, role: "ambassador" as const, placeId: place.id },
          ])
          .returning({ id: roleGrants.id })
          .all()
          .map((grant) => grant.id)
      : [];

  const ask = (authorId: string, title: string) =>
    insertQuestion(store(), {
      authorId,
      placeId: place.id,
      kind: "question",
      category: "bricolage",
      title,
      body: "Une question pour le fuzz : **gras**, [lien](https://exemple.fr).",
      tags: ["fuzz"],
    });
  const theirs = ask(owner.id, "Qui prête une perceuse pour le fuzz ?");
  const answer = insertAnswer(store(), {
    questionId: theirs.id,
    authorId: answerer.id,
    body: "J’en ai une, passez samedi.",
  });
  const comment = addComment(db, loadActor(db, answerer.id)!, {
    questionId: theirs.id,
    body: "Samedi matin, plutôt.",
  });
  const mine = ask(me.id, "Ma question à moi pour le fuzz ?");
  const reply = insertAnswer(store(), {
    questionId: mine.id,
    authorId: owner.id,
    body: "Une réponse qui notifie.",
  });
  onAnswerPosted(db, reply.id);
  const message = sendMessage(db, me, { toUserId: owner.id, body: "Bonjour, c’est le fuzz." });
  addFollow(db, me.id, { placeId: place.id, radiusKm: 0, category: null });
  const notificationIds = db.$client
    .prepare("SELECT id FROM notifications WHERE user_id = ?")
    .pluck()
    .all(me.id) as number[];
  const followIds = db.$client
    .prepare("SELECT id FROM follows WHERE user_id = ?")
    .pluck()
    .all(me.id) as number[];

  return {
    role,
    cookie: role === "visitor" ? null : sessionCookie(me.id),
    memberIds: [owner.id, answerer.id, me.id],
    numericIds: [
      theirs.id,
      mine.id,
      answer.id,
      reply.id,
      ...(comment.ok ? [comment.id] : []),
      ...(message.ok ? [message.conversationId, message.messageId] : []),
      ...notificationIds,
      ...followIds,
      ...grants,
      place.id,
    ],
    slugs: [theirs.slug, mine.slug, place.slug],
    tokens: [unsubscribeTokenFor(db, me.id)],
    placeCodes: [FUZZ_PLACE_CODE],
  };
}

/**
 * A generated value that reads as a row id (a number, or digits with junk
 * that parseInt or Number would accept) is one of the world's own ids, so the
 * fuzz never edits, flags, thanks or deletes what other specs created.
 */
export function confine(value: string, world: World, pick: number): string {
  const asNumber = Number(value.trim());
  const parsed = Number.isFinite(asNumber) ? asNumber : Number.parseInt(value.trim(), 10);
  if (!Number.isInteger(parsed) || parsed <= 0 || parsed > 1e12) return value;
  if (world.numericIds.includes(parsed)) return value;
  return String(world.numericIds[pick % world.numericIds.length]);
}
