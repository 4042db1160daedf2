import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { copyPlacesDatabase } from "#test/databases";
import { conversations, messages, notifications, users } from "#db/schema";
import { translate } from "#app/i18n/i18n";
import { deleteAccount, exportMemberData } from "#app/models/members/account.server";
import { blockMember, isBlocked, unblockMember } from "./blocks.server";
import {
  conversationBetween,
  conversationForMember,
  headerUnreadCount,
  listConversations,
  markConversationRead,
  unreadMessageCount,
} from "./conversations.server";
import { replyInConversation, sendMessage } from "./send.server";
import { NEW_MEMBER_LIMITS } from "#app/models/members/new-member-limits.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { refusalMessage, refusalStatus } from "#app/models/refusal-message";
import { memberFactory, placeByCode } from "#test/members";
import { RATE_LIMITS } from "#app/server/rate-limit.server";
import { embeddedStore } from "#test/store";

const db = copyPlacesDatabase();
const store = embeddedStore(db);
afterAll(() => db.$client.close());
const DONGES = placeByCode(db, "44052").id;
const member = memberFactory(db);
const DAY = 24 * 60 * 60 * 1000;
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate("fr", key, params);

function messageCount() {
  return db.$client.prepare("SELECT count(*) FROM messages").pluck().get() as number;
}

function send(from: ReturnType<typeof member>, to: { id: string }, body: string, at?: Date) {
  const outcome = sendMessage(db, from, { toUserId: to.id, body }, at);
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.reason}`);
  return outcome;
}

describe("conversations", () => {
  it("has one conversation per pair, whoever writes first", () => {
    const camille = member(DONGES);
    const dominique = member(DONGES);
    const first = send(camille, dominique, "Bonjour, je peux passer prendre l’échelle ?");
    const back = send(dominique, camille, "Oui, après 18 h.");
    expect(back.conversationId).toBe(first.conversationId);
    expect(conversationBetween(db, dominique.id, camille.id)?.id).toBe(first.conversationId);
    const pairs = db
      .select()
      .from(conversations)
      .where(eq(conversations.id, first.conversationId))
      .all();
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.memberAId < pairs[0]!.memberBId).toBe(true);
    const reply = replyInConversation(db, camille, first.conversationId, "  Parfait, merci !  ");
    expect(reply).toMatchObject({ ok: true, conversationId: first.conversationId });
    const thread = conversationForMember(db, first.conversationId, camille.id)!;
    expect(thread.messages.map((m) => [m.mine, m.body])).toEqual([
      [true, "Bonjour, je peux passer prendre l’échelle ?"],
      [false, "Oui, après 18 h."],
      [true, "Parfait, merci !"],
    ]);
  });

  it("stores a form sent twice once, but the same words again after a reply", () => {
    const camille = member(DONGES);
    const dominique = member(DONGES);
    const first = send(camille, dominique, "D’accord");
    expect(send(camille, dominique, "D’accord").messageId).toBe(first.messageId);
    expect(replyInConversation(db, camille, first.conversationId, "D’accord")).toMatchObject({
      messageId: first.messageId,
    });
    send(dominique, camille, "À demain alors");
    expect(send(camille, dominique, "D’accord").messageId).not.toBe(first.messageId);
  });

  it("counts unread messages for each side and marks them read", () => {
    const camille = member(DONGES);
    const dominique = member(DONGES);
    const start = new Date(Date.now() - 60_000);
    const { conversationId } = send(camille, dominique, "Un", start);
    send(camille, dominique, "Deux", new Date(start.getTime() + 1000));
    expect(unreadMessageCount(db, dominique.id)).toBe(2);
    expect(unreadMessageCount(db, camille.id)).toBe(0);
    expect(listConversations(db, dominique.id)[0]).toMatchObject({
      id: conversationId,
      unread: 2,
      lastMessage: { mine: false, excerpt: "Deux" },
    });

    markConversationRead(db, conversationId, dominique.id, new Date(start.getTime() + 2000));
    expect(unreadMessageCount(db, dominique.id)).toBe(0);
    // Answering reads the conversation for the one who answers, and is unread for the other.
    send(dominique, camille, "Trois", new Date(start.getTime() + 3000));
    expect(unreadMessageCount(db, dominique.id)).toBe(0);
    expect(unreadMessageCount(db, camille.id)).toBe(1);
    // A third member marking it read changes nothing.
    const stranger = member(DONGES);
    markConversationRead(db, conversationId, stranger.id);
    expect(unreadMessageCount(db, camille.id)).toBe(1);
  });

  it("notifies the other member once per unread stretch, and reading clears it", () => {
    const camille = member(DONGES);
    const dominique = member(DONGES);
    const messageNotices = (userId: string) =>
      db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, userId))
        .all()
        .filter((row) => row.type === "message-received")
        .sort((a, b) => a.id - b.id);
    const start = new Date(Date.now() - 60_000);
    const { conversationId } = send(camille, dominique, "Un", start);
    send(camille, dominique, "Deux", new Date(start.getTime() + 1000));
    expect(messageNotices(dominique.id)).toMatchObject([
      { actorId: camille.id, readAt: null, emailDelivery: "immediate" },
    ]);
    expect(messageNotices(camille.id)).toEqual([]);

    markConversationRead(db, conversationId, dominique.id, new Date(start.getTime() + 2000));
    expect(messageNotices(dominique.id)[0]!.readAt).not.toBeNull();
    send(camille, dominique, "Trois", new Date(start.getTime() + 3000));
    const notices = messageNotices(dominique.id);
    expect(notices).toHaveLength(2);
    expect(notices[1]!.readAt).toBeNull();
    expect(notices[1]!.dedupeKey).toMatch(new RegExp(`^conversation:${conversationId}:`));
  });

  it("leaves the conversation being viewed out of the header's count", () => {
    const camille = member(DONGES);
    const one = member(DONGES);
    const two = member(DONGES);
    const first = send(one, camille, "Premier");
    send(two, camille, "Second");
    expect(headerUnreadCount(db, camille.id, "/")).toBe(2);
    expect(headerUnreadCount(db, camille.id, `/messages/${first.conversationId}`)).toBe(1);
    // Someone else's conversation in the address changes nothing.
    expect(headerUnreadCount(db, one.id, `/messages/${first.conversationId}`)).toBe(0);
    expect(headerUnreadCount(db, two.id, `/messages/${first.conversationId}`)).toBe(0);
  });

  it("lists the newest conversation first, with the other member's name", () => {
    const camille = member(DONGES);
    const older = member(DONGES);
    const newer = member(DONGES);
    send(older, camille, "Avant", new Date(Date.now() - 10_000));
    send(newer, camille, "Après\n\navec un saut de ligne", new Date(Date.now() - 5_000));
    const inbox = listConversations(db, camille.id);
    expect(inbox.map((c) => c.other.id)).toEqual([newer.id, older.id]);
    expect(inbox[0]!.lastMessage?.excerpt).toBe("Après avec un saut de ligne");
    expect(listConversations(db, member(DONGES).id)).toEqual([]);
  });

  it("is private to its two members", () => {
    const camille = member(DONGES);
    const dominique = member(DONGES);
    const intruder = member(DONGES, { isAdmin: true });
    const { conversationId } = send(camille, dominique, "Le code du portail est 1234.");
    expect(conversationForMember(db, conversationId, dominique.id)).not.toBeNull();
    expect(conversationForMember(db, conversationId, intruder.id)).toBeNull();
    expect(conversationForMember(db, 999_999, camille.id)).toBeNull();
    const before = messageCount();
    expect(replyInConversation(db, intruder, conversationId, "Je lis tout")).toEqual({
      ok: false,
      refusal: { reason: "not-found" },
    });
    expect(messageCount()).toBe(before);
  });

  it("shows messages removed by moderation as removed, to both members", () => {
    const camille = member(DONGES);
    const dominique = member(DONGES);
    const { conversationId, messageId } = send(camille, dominique, "Achetez mes montres");
    db.update(messages)
      .set({ moderationState: "hidden", moderationReason: "spam" })
      .where(eq(messages.id, messageId))
      .run();
    for (const viewer of [camille, dominique]) {
      const thread = conversationForMember(db, conversationId, viewer.id)!;
      expect(thread.messages[0]!.body).toBeNull();
      expect(listConversations(db, viewer.id)[0]!.lastMessage?.excerpt).toBeNull();
    }
  });

  it("keeps an erased member's messages for the other, as a former member", () => {
    const camille = member(DONGES);
    const leaving = member(DONGES);
    const { conversationId } = send(leaving, camille, "Je déménage, merci pour tout.");
    deleteAccount(db, leaving.id);
    const thread = conversationForMember(db, conversationId, camille.id)!;
    expect(thread.other.deleted).toBe(true);
    expect(thread.messages[0]!.body).toBe("Je déménage, merci pour tout.");
    expect(sendMessage(db, camille, { toUserId: leaving.id, body: "Bon voyage" })).toEqual({
      ok: false,
      refusal: { reason: "message-former-member" },
    });
  });

  it("records which question a conversation started from", () => {
    const asker = member(DONGES);
    const helper = member(DONGES);
    const question = insertQuestion(store, {
      authorId: asker.id,
      placeId: DONGES,
      kind: "offer",
      category: "pret",
      title: "Je prête ma remorque le week-end",
      body: "",
      tags: [],
    });
    const { conversationId } = sendMessage(db, helper, {
      toUserId: asker.id,
      body: "Elle est libre samedi ?",
      questionId: question.id,
    }) as { conversationId: number };
    expect(conversationForMember(db, conversationId, asker.id)!.messages[0]!.about).toMatchObject({
      id: question.id,
      title: "Je prête ma remorque le week-end",
    });
  });

  it("exports the member's own conversations and messages", () => {
    const camille = member(DONGES);
    const dominique = member(DONGES);
    send(camille, dominique, "Pour l’export");
    const exported = exportMemberData(db, camille.id)!;
    expect(exported.conversations).toHaveLength(1);
    expect(exported.conversations[0]!.messages).toMatchObject([
      { sentByMe: true, body: "Pour l’export" },
    ]);
  });
});

describe("refusals", () => {
  it("refuses writing to oneself, to nobody, or with an unconfirmed email", () => {
    const camille = member(DONGES);
    expect(sendMessage(db, camille, { toUserId: camille.id, body: "Moi" })).toEqual({
      ok: false,
      refusal: { reason: "message-self" },
    });
    expect(sendMessage(db, camille, { toUserId: "personne", body: "Allô" })).toEqual({
      ok: false,
      refusal: { reason: "not-found" },
    });
    const unconfirmed = member(DONGES, { emailVerified: false });
    expect(sendMessage(db, unconfirmed, { toUserId: camille.id, body: "Salut" })).toEqual({
      ok: false,
      refusal: { reason: "email-unverified" },
    });
  });

  it("refuses an empty or too long message", () => {
    const camille = member(DONGES);
    const dominique = member(DONGES);
    for (const body of ["   \n ", "a".repeat(2001)]) {
      expect(sendMessage(db, camille, { toUserId: dominique.id, body })).toEqual({
        ok: false,
        refusal: { reason: "message-length" },
      });
    }
    expect(send(camille, dominique, ` ${"a".repeat(2000)} `).ok).toBe(true);
  });

  it("blocks one way: the blocked member cannot write, the blocker is told to unblock", () => {
    const camille = member(DONGES);
    const pest = member(DONGES);
    const { conversationId } = send(pest, camille, "Bonjour");
    expect(blockMember(db, camille.id, pest.id)).toBe(true);
    expect(blockMember(db, camille.id, pest.id)).toBe(true);
    expect(blockMember(db, camille.id, camille.id)).toBe(false);
    expect(isBlocked(db, camille.id, pest.id)).toBe(true);
    expect(isBlocked(db, pest.id, camille.id)).toBe(false);
    const before = messageCount();

    const blocked = replyInConversation(db, pest, conversationId, "Encore moi");
    expect(blocked).toEqual({ ok: false, refusal: { reason: "message-blocked" } });
    expect(sendMessage(db, pest, { toUserId: camille.id, body: "Toujours moi" })).toEqual(blocked);
    expect(refusalMessage(t, { reason: "message-blocked" })).toBe(
      "Ce membre ne reçoit pas vos messages.",
    );
    const blocking = sendMessage(db, camille, { toUserId: pest.id, body: "Finalement…" });
    expect(blocking).toEqual({ ok: false, refusal: { reason: "message-blocking" } });
    expect(messageCount()).toBe(before);
    expect(conversationForMember(db, conversationId, camille.id)!.blockedByMe).toBe(true);

    unblockMember(db, camille.id, pest.id);
    expect(replyInConversation(db, pest, conversationId, "Merci")).toMatchObject({ ok: true });
  });

  it("lets a new member send 20 messages on their first day, then says when they can again", () => {
    const newcomer = member(DONGES);
    // Stored in whole seconds.
    const confirmedAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 2 * 60 * 60 * 1000);
    db.update(users).set({ emailVerifiedAt: confirmedAt }).where(eq(users.id, newcomer.id)).run();
    const neighbour = member(DONGES);
    for (let n = 1; n <= NEW_MEMBER_LIMITS.message; n++) {
      send(newcomer, neighbour, `Message ${n}`);
    }
    const outcome = sendMessage(db, newcomer, { toUserId: neighbour.id, body: "Un de trop" });
    expect(outcome).toMatchObject({
      ok: false,
      refusal: { reason: "new-member-limit", action: "message", limit: 20 },
    });
    if (outcome.ok) return;
    const until = new Date(confirmedAt.getTime() + DAY);
    expect(outcome.refusal).toMatchObject({ until });
    const [hour, minute] = new Intl.DateTimeFormat("en-GB", {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: "Europe/Paris",
    })
      .format(until)
      .split(":");
    expect(refusalMessage(t, outcome.refusal)).toMatch(
      new RegExp(
        `^Pendant leurs premières 24 heures, les nouveaux membres peuvent envoyer 20 messages\\. Vous pourrez en envoyer d’autres à partir de (demain à )?${Number(hour)} h ${minute}\\.$`,
      ),
    );
    expect(refusalStatus(outcome.refusal)).toBe(403);
  });

  it("refuses more than two links from a new member, not from a settled one", () => {
    const newcomer = member(DONGES, { newMember: true });
    const neighbour = member(DONGES);
    const links = "https://a.fr https://b.fr https://c.fr";
    expect(sendMessage(db, newcomer, { toUserId: neighbour.id, body: links })).toMatchObject({
      ok: false,
      refusal: { reason: "new-member-links", limit: 2 },
    });
    expect(
      refusalMessage(t, { reason: "new-member-links", limit: 2, until: new Date() }),
    ).toContain("2 liens");
    expect(sendMessage(db, neighbour, { toUserId: newcomer.id, body: links })).toMatchObject({
      ok: true,
    });
  });

  it("rate-limits a member who sends too many messages in an hour", () => {
    const busy = member(DONGES);
    const neighbour = member(DONGES);
    const now = new Date();
    for (let n = 1; n <= RATE_LIMITS.messagePerUser.limit; n++) {
      send(busy, neighbour, `Message ${n}`, now);
    }
    const outcome = sendMessage(db, busy, { toUserId: neighbour.id, body: "Encore" }, now);
    expect(outcome).toMatchObject({ ok: false, refusal: { reason: "rate-limited" } });
    if (outcome.ok) return;
    expect(refusalStatus(outcome.refusal)).toBe(429);
    expect(refusalMessage(t, outcome.refusal)).toMatch(
      /^Trop de tentatives\. Réessayez dans \d+ min\.$/,
    );
  });
});
