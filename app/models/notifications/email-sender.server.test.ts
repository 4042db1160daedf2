import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { startParsingSmtpServer, type ParsingSmtpServer } from "#test/smtp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailDigests, notifications, users } from "#db/schema";
import { type NotificationType } from "#app/domain/notifications";
import { copyPlacesDatabase } from "#test/databases";
import { createMailer, publicUrl, type Mailer } from "#app/server/mail.server";
import {
  emailPreferencesFor,
  saveEmailPreferences,
  unsubscribe,
  unsubscribeTokenFor,
  memberIdForUnsubscribeToken,
} from "./email-settings.server";
import { DEFAULT_EMAIL_DELIVERY, notify } from "./notify.server";
import { sendDigests, sendImmediateEmails } from "./email-sender.server";
import { parisHour } from "#app/i18n/format";
import { insertQuestion } from "#app/models/questions/ask.server";
import { questionPath } from "#app/models/questions/paths";
import { memberFactory, placeByCode } from "#test/members";
import { embeddedStore } from "#test/store";

const run = promisify(execFile);
const db = copyPlacesDatabase();
const store = embeddedStore(db);
const DONGES = placeByCode(db, "44052").id;
const member = memberFactory(db);

/** A real SMTP server in this process; every message it receives, parsed. */
let smtp: ParsingSmtpServer;
let smtpUrl: string;
let mailer: Mailer;

beforeAll(async () => {
  smtp = await startParsingSmtpServer();
  smtpUrl = smtp.url;
  mailer = createMailer({ smtpUrl, from: "Coup de main <ne-pas-repondre@coupdemain.test>", db });
});

afterAll(async () => {
  await smtp.close();
  db.$client.close();
});

/** The clock of these tests: each test moves well past the previous one's digests. */
let clock = new Date("2026-03-02T08:00:00Z").getTime();
beforeEach(() => {
  clock += 30 * 24 * 3600 * 1000;
  // Nothing left over from another test may be due now (digest 0: none, a marker for tests).
  db.update(notifications)
    .set({ emailedAt: new Date(0), digestId: 0 })
    .run();
});
const at = (hoursLater = 0) => new Date(clock + hoursLater * 3600 * 1000);

const emailOf = (userId: string) =>
  db.select({ email: users.email }).from(users).where(eq(users.id, userId)).get()!.email!;
const mailsTo = (userId: string) =>
  smtp.received.filter((mail) => {
    const to = Array.isArray(mail.to) ? mail.to : [mail.to];
    return to.some((address) => address?.value.some((v) => v.address === emailOf(userId)));
  });
/** A header as sent (mailparser turns List-* headers into objects). */
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((line) => line.key === name.toLowerCase())
    ?.line.slice(name.length + 1)
    .replace(/\r?\n\s+/g, " ")
    .trim();
const firstNameOf = (userId: string) =>
  db.select({ firstName: users.firstName }).from(users).where(eq(users.id, userId)).get()!
    .firstName;

function question(authorId: string, title: string) {
  return insertQuestion(store, {
    authorId,
    placeId: DONGES,
    kind: "question",
    category: "bricolage",
    title,
    body: "",
    tags: [],
  });
}

let dedupe = 0;
function notifyAt(
  userId: string,
  type: NotificationType,
  extra: { actorId?: string; questionId?: number; at?: Date } = {},
) {
  dedupe += 1;
  return notify(db, { userId, type, dedupeKey: `test:${dedupe}`, at: extra.at ?? at(), ...extra })!;
}

describe("email preferences", () => {
  it("shows the defaults, saves choices, and makes waiting items follow them", () => {
    const camille = member(DONGES);
    expect(emailPreferencesFor(db, camille.id)).toEqual(DEFAULT_EMAIL_DELIVERY);
    expect(DEFAULT_EMAIL_DELIVERY["answer-on-my-question"]).toBe("immediate");
    expect(DEFAULT_EMAIL_DELIVERY["followed-question"]).toBe("digest");

    const waiting = notifyAt(camille.id, "answer-on-my-question");
    saveEmailPreferences(db, camille.id, {
      "answer-on-my-question": "digest",
      "followed-question": "never",
    });
    expect(emailPreferencesFor(db, camille.id)).toEqual({
      ...DEFAULT_EMAIL_DELIVERY,
      "answer-on-my-question": "digest",
      "followed-question": "never",
    });
    const later = notifyAt(camille.id, "followed-question");
    const delivery = (id: number) =>
      db.select().from(notifications).where(eq(notifications.id, id)).get()!.emailDelivery;
    expect(delivery(waiting)).toBe("digest");
    expect(delivery(later)).toBe("never");
  });

  it("unsubscribes one type, the digest's types, or everything; tokens are per member", () => {
    const karim = member(DONGES);
    const token = unsubscribeTokenFor(db, karim.id);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(unsubscribeTokenFor(db, karim.id)).toBe(token);
    expect(memberIdForUnsubscribeToken(db, token)).toBe(karim.id);
    expect(memberIdForUnsubscribeToken(db, "not-a-token")).toBeNull();
    expect(memberIdForUnsubscribeToken(db, "")).toBeNull();

    unsubscribe(db, karim.id, "mention");
    expect(emailPreferencesFor(db, karim.id)).toEqual({
      ...DEFAULT_EMAIL_DELIVERY,
      mention: "never",
    });
    unsubscribe(db, karim.id, "digest");
    const afterDigest = emailPreferencesFor(db, karim.id);
    expect(afterDigest["followed-question"]).toBe("never");
    expect(afterDigest["thanks-received"]).toBe("never");
    expect(afterDigest["answer-on-my-question"]).toBe("immediate");
    unsubscribe(db, karim.id, "all");
    expect(Object.values(emailPreferencesFor(db, karim.id))).toEqual(
      Object.values(DEFAULT_EMAIL_DELIVERY).map(() => "never"),
    );
  });
});

describe("immediate emails", () => {
  it("sends one email per notification, once, with its sentence, link and unsubscribe headers", async () => {
    const asker = member(DONGES);
    const helper = member(DONGES);
    const { id: questionId, slug } = question(asker.id, "Qui prête une perceuse à percussion ?");
    notifyAt(asker.id, "answer-on-my-question", { actorId: helper.id, questionId });

    expect(await sendImmediateEmails(db, { mailer, now: at(0.01) })).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(await sendImmediateEmails(db, { mailer, now: at(0.02) })).toEqual({
      sent: 0,
      failed: 0,
    });
    const mails = mailsTo(asker.id);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    const token = unsubscribeTokenFor(db, asker.id);
    const unsubscribeUrl = publicUrl(`/desabonnement/${token}?type=answer-on-my-question`);
    expect(mail.subject).toBe(
      `${firstNameOf(helper.id)} Test a répondu à votre question « Qui prête une perceuse à percussion ? »`,
    );
    expect(mail.text).toContain(`Bonjour ${firstNameOf(asker.id)},`);
    expect(mail.text).toContain(publicUrl(questionPath({ id: questionId, slug })));
    expect(mail.text).toContain(unsubscribeUrl);
    expect(mail.text).toContain(publicUrl("/parametres/notifications"));
    expect(mail.html).toContain(`href="${publicUrl(questionPath({ id: questionId, slug }))}"`);
    expect(mail.html).toContain(`href="${unsubscribeUrl}"`);
    expect(header(mail, "List-Unsubscribe")).toBe(`<${unsubscribeUrl}>`);
    expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
  });

  it("escapes what members typed in the HTML version", async () => {
    const asker = member(DONGES);
    const { id: questionId } = question(asker.id, `Un <script>alert("x")</script> & co ?`);
    notifyAt(asker.id, "followed-question", { questionId });
    saveEmailPreferences(db, asker.id, { "followed-question": "immediate" });
    await sendImmediateEmails(db, { mailer, now: at(0.01) });
    const mail = mailsTo(asker.id)[0]!;
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.text).toContain(`Un <script>alert("x")</script> & co ?`);
  });

  it("sends in the member's language", async () => {
    const reader = member(DONGES);
    db.update(users).set({ locale: "en" }).where(eq(users.id, reader.id)).run();
    notifyAt(reader.id, "mention", { actorId: member(DONGES).id });
    await sendImmediateEmails(db, { mailer, now: at(0.01) });
    const mail = mailsTo(reader.id)[0]!;
    expect(mail.subject).toMatch(/mentioned you/);
    expect(mail.text).toContain(`Hello ${firstNameOf(reader.id)},`);
    expect(mail.text).toContain("Stop emails of this kind");
  });

  it("sends nothing for digest or never, to unconfirmed or deleted members, nor late", async () => {
    const digestOnly = member(DONGES);
    notifyAt(digestOnly.id, "thanks-received");
    const never = member(DONGES);
    saveEmailPreferences(db, never.id, { mention: "never" });
    notifyAt(never.id, "mention");
    const unconfirmed = member(DONGES, { emailVerified: false });
    notifyAt(unconfirmed.id, "answer-accepted");
    const deleted = member(DONGES);
    notifyAt(deleted.id, "answer-accepted");
    db.update(users).set({ deletedAt: at() }).where(eq(users.id, deleted.id)).run();
    const old = member(DONGES);
    notifyAt(old.id, "answer-accepted", { at: at(-3 * 24 - 1) });

    expect(await sendImmediateEmails(db, { mailer, now: at(0.01) })).toEqual({
      sent: 0,
      failed: 0,
    });
    for (const someone of [digestOnly, never, unconfirmed, deleted, old]) {
      expect(mailsTo(someone.id)).toHaveLength(0);
    }
  });

  it("logs a failure and does not retry it (at most once)", async () => {
    const asker = member(DONGES);
    notifyAt(asker.id, "answer-accepted");
    const errors: unknown[] = [];
    const broken: Mailer = {
      async send() {
        throw new Error("SMTP down");
      },
    };
    expect(
      await sendImmediateEmails(db, {
        mailer: broken,
        now: at(0.01),
        onError: (error) => errors.push(error),
      }),
    ).toEqual({ sent: 0, failed: 1 });
    expect(String(errors[0])).toMatch(/SMTP down/);
    expect(await sendImmediateEmails(db, { mailer, now: at(0.02) })).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(mailsTo(asker.id)).toHaveLength(0);
  });
});

describe("daily digest", () => {
  /** 09:00 in Paris (UTC+1 in winter, +2 in summer), well past the default hour. */
  const morning = () => {
    const now = at();
    expect(parisHour(now)).toBeGreaterThanOrEqual(9);
    return now;
  };

  it("groups a member's items, new questions near them first, and sends them once", async () => {
    const follower = member(DONGES);
    const neighbour = member(DONGES);
    const { id: nearId } = question(neighbour.id, "Quelqu’un a une scie sauteuse ?");
    const { id: ownId } = question(follower.id, "Où jeter des gravats ?");
    notifyAt(follower.id, "thanks-received", {
      actorId: neighbour.id,
      questionId: ownId,
      at: at(-2),
    });
    notifyAt(follower.id, "followed-question", { questionId: nearId, at: at(-1) });
    notifyAt(follower.id, "comment-on-my-question", {
      actorId: neighbour.id,
      questionId: ownId,
      at: at(-1),
    });

    const first = await sendDigests(db, { mailer, now: morning() });
    expect(first).toMatchObject({ due: true, sent: 1, failed: 0 });
    expect(first.items).toBeGreaterThanOrEqual(3);
    const second = await sendDigests(db, { mailer, now: at(0.1), force: true });
    expect(second.sent).toBe(0);

    const mails = mailsTo(follower.id);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe("Votre résumé Coup de main : 3 nouveautés près de chez vous");
    const text = mail.text!;
    expect(text.indexOf("Nouvelles questions près de chez vous")).toBeGreaterThan(-1);
    expect(text.indexOf("Nouvelles questions près de chez vous")).toBeLessThan(
      text.indexOf("Sur vos questions et réponses"),
    );
    expect(text).toContain(
      "Nouvelle question près de chez vous : « Quelqu’un a une scie sauteuse ? »",
    );
    expect(text).toContain(`a commenté votre question « Où jeter des gravats ? »`);
    const token = unsubscribeTokenFor(db, follower.id);
    expect(header(mail, "List-Unsubscribe")).toBe(
      `<${publicUrl(`/desabonnement/${token}?type=digest`)}>`,
    );
    expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(mail.html).toContain(`<h2`);

    const digest = db
      .select()
      .from(emailDigests)
      .where(eq(emailDigests.userId, follower.id))
      .get()!;
    expect(digest).toMatchObject({ itemCount: 3, failedAt: null });
    expect(digest.sentAt).toBeInstanceOf(Date);
  });

  it("waits for the digest hour, unless forced, and keeps 23 hours between digests", async () => {
    const member1 = member(DONGES);
    notifyAt(member1.id, "followed-question", { at: at(-1) });
    const early = new Date(at().getTime() - 5 * 3600 * 1000); // 03:00 or 04:00 in Paris
    expect(parisHour(early)).toBeLessThan(7);
    expect(await sendDigests(db, { mailer, now: early })).toMatchObject({ due: false, sent: 0 });
    expect(await sendDigests(db, { mailer, now: early, digestHour: 2 })).toMatchObject({
      due: true,
      sent: 1,
    });

    notifyAt(member1.id, "thanks-received", { at: at(-0.5) });
    expect((await sendDigests(db, { mailer, now: at(), force: true })).sent).toBe(0);
    expect((await sendDigests(db, { mailer, now: at(17.5), force: true })).sent).toBe(0);
    expect((await sendDigests(db, { mailer, now: at(18.5), force: true })).sent).toBe(1);
    const mails = mailsTo(member1.id);
    expect(mails.map((mail) => mail.subject)).toEqual([
      "Votre résumé Coup de main : 1 nouveauté près de chez vous",
      "Votre résumé Coup de main : 1 nouveauté près de chez vous",
    ]);
    expect(mails[1]!.text).toContain("vous remercie");
  });

  it("leaves out unconfirmed, deleted and unsubscribed members, and items older than 7 days", async () => {
    const unconfirmed = member(DONGES, { emailVerified: false });
    notifyAt(unconfirmed.id, "followed-question");
    const deleted = member(DONGES);
    notifyAt(deleted.id, "followed-question");
    db.update(users).set({ deletedAt: at() }).where(eq(users.id, deleted.id)).run();
    const unsubscribed = member(DONGES);
    notifyAt(unsubscribed.id, "followed-question");
    unsubscribe(db, unsubscribed.id, "digest");
    const old = member(DONGES);
    notifyAt(old.id, "followed-question", { at: at(-8 * 24) });

    expect((await sendDigests(db, { mailer, now: morning() })).sent).toBe(0);
    for (const someone of [unconfirmed, deleted, unsubscribed, old]) {
      expect(mailsTo(someone.id)).toHaveLength(0);
    }
  });

  it("never sends an item twice across restarts: `npm run digest -- --force`, after a run and after a crash", async () => {
    const now = new Date();
    const alice = member(DONGES);
    notifyAt(alice.id, "followed-question", { at: now });
    // In process: Alice's digest goes out.
    expect(await sendDigests(db, { mailer, now, force: true })).toMatchObject({ sent: 1 });
    // Bruno's digest was claimed, then the process died before sending it.
    const bruno = member(DONGES);
    notifyAt(bruno.id, "followed-question", { at: now });
    const crashed = db
      .insert(emailDigests)
      .values({ userId: bruno.id, itemCount: 1, createdAt: now })
      .returning({ id: emailDigests.id })
      .get();
    db.update(notifications)
      .set({ digestId: crashed.id, emailedAt: now })
      .where(eq(notifications.userId, bruno.id))
      .run();
    // Chloé's item came after: the next run sends it, and only it.
    const chloe = member(DONGES);
    notifyAt(chloe.id, "followed-question", { at: now });
    notifyAt(alice.id, "thanks-received", { at: now });
    expect(mailsTo(alice.id)).toHaveLength(1);

    const cli = () =>
      run("npm", ["run", "--silent", "digest", "--", "--force"], {
        cwd: path.resolve(import.meta.dirname, "../.."),
        env: { ...process.env, DATABASE_PATH: db.$client.name, SMTP_URL: smtpUrl },
      });
    const firstRun = await cli();
    expect(firstRun.stdout).toMatch(/Digests: 1 sent \(1 items\), 0 failed, 1 member\(s\) due\./);
    const secondRun = await cli();
    expect(secondRun.stdout).toMatch(/Digests: 0 sent \(0 items\), 0 failed, 0 member\(s\) due\./);

    expect(mailsTo(alice.id)).toHaveLength(1);
    expect(mailsTo(bruno.id)).toHaveLength(0);
    expect(mailsTo(chloe.id)).toHaveLength(1);
  }, 60_000);

  it("marks a digest that could not be sent, and does not send its items again", async () => {
    const someone = member(DONGES);
    notifyAt(someone.id, "followed-question");
    const broken: Mailer = {
      async send() {
        throw new Error("mailbox full");
      },
    };
    expect(await sendDigests(db, { mailer: broken, now: morning() })).toMatchObject({
      sent: 0,
      failed: 1,
    });
    const digest = db.select().from(emailDigests).where(eq(emailDigests.userId, someone.id)).get()!;
    expect(digest.failedAt).toBeInstanceOf(Date);
    expect(digest.lastError).toMatch(/mailbox full/);
    expect((await sendDigests(db, { mailer, now: at(25) })).sent).toBe(0);
    expect(mailsTo(someone.id)).toHaveLength(0);
  });
});
