import net from "node:net";
import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accountEmails, users } from "#db/schema";
import { copyPlacesDatabase } from "#test/databases";
import { placeByCode } from "#test/members";
import { startParsingSmtpServer, type ParsingSmtpServer } from "#test/smtp";
import { createMailer, listDevMailbox, type Mailer } from "#app/server/mail.server";
import { firstLink } from "#playwright/mailbox";
import { deleteAccount, requestPasswordReset, signUpMember } from "./account.server";
import { MAX_ATTEMPTS, sendAccountEmails } from "./account-emails.server";
import { confirmEmail } from "./email-changes.server";
import { findUserByEmail, findValidEmailToken } from "./users.server";

const db = copyPlacesDatabase();
const DONGES = placeByCode(db, "44052").id;
const from = "Coup de main <ne-pas-repondre@coupdemain.test>";

/** A real SMTP server; addresses at "occupe.example" get a temporary failure (450). */
let smtp: ParsingSmtpServer;
let mailer: Mailer;
beforeAll(async () => {
  smtp = await startParsingSmtpServer({ refuse: (to) => to.endsWith("@occupe.example") });
  mailer = createMailer({ smtpUrl: smtp.url, from, db });
});
afterAll(async () => {
  await smtp.close();
  db.$client.close();
});

let n = 0;
const uniqueEmail = (domain = "exemple.fr") => `voisin${++n}@${domain}`;

async function signUp(email: string) {
  return signUpMember(db, {
    firstName: "Léa",
    lastName: "Martin",
    email,
    password: "un mot de passe solide",
    homePlaceId: DONGES,
    badgeStyle: "neutral",
    locale: "fr",
  });
}

const queued = () => db.select().from(accountEmails).all();
const mailsTo = (address: string) =>
  smtp.received.filter((mail: ParsedMail) =>
    (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) =>
      to?.value.some((value) => value.address === address),
    ),
  );
/** Sends what is due, and checks nothing went wrong unexpectedly. */
const drain = (now = new Date()) =>
  sendAccountEmails(db, { mailer, now, onError: (error) => expect.fail(String(error)) });

describe("the account emails' outbox", () => {
  it("holds a sign-up's confirmation until the sender sends it, with a working link", async () => {
    const email = uniqueEmail();
    expect(await signUp(email)).toEqual({ created: true });
    expect(mailsTo(email)).toHaveLength(0);
    expect(queued()).toEqual([
      expect.objectContaining({ kind: "verify-email", email, attempts: 0, failedAt: null }),
    ]);

    expect(await drain()).toEqual({ sent: 1, dropped: 0, retried: 0, failed: 0 });
    expect(queued()).toEqual([]);
    const [mail] = mailsTo(email);
    expect(mail?.subject).toBe("Confirmez votre adresse e-mail");
    expect(mail?.text).toContain("Bonjour Léa,");
    const token = new URL(
      firstLink({ text: mail!.text ?? "", subject: "" }, "/verifier-email"),
    ).searchParams.get("token")!;
    expect(confirmEmail(db, token)).toEqual({
      userId: findUserByEmail(db, email)!.id,
      firstConfirmation: true,
    });
    expect(await drain()).toEqual({ sent: 0, dropped: 0, retried: 0, failed: 0 });
  });

  it("queues a reset only for a registered address; the link sent works", async () => {
    const email = uniqueEmail();
    await signUp(email);
    await drain();
    requestPasswordReset(db, uniqueEmail());
    expect(queued()).toEqual([]);

    requestPasswordReset(db, email.toUpperCase());
    expect(queued()).toEqual([expect.objectContaining({ kind: "reset-password", email })]);
    await drain();
    const [mail] = mailsTo(email).filter((m) => m.subject === "Réinitialiser votre mot de passe");
    const link = firstLink({ text: mail!.text ?? "", subject: "" }, "/reinitialiser-mot-de-passe");
    const token = new URL(link).searchParams.get("token")!;
    expect(findValidEmailToken(db, token, "reset-password")?.email).toBe(email);
  });

  it("drops what is no longer worth sending: a deleted account, a reset for an old address", async () => {
    const gone = uniqueEmail();
    await signUp(gone);
    deleteAccount(db, findUserByEmail(db, gone)!.id);
    const moved = uniqueEmail();
    await signUp(moved);
    await drain();
    requestPasswordReset(db, moved);
    db.update(users).set({ email: uniqueEmail() }).where(eq(users.email, moved)).run();
    expect(await drain()).toEqual({ sent: 0, dropped: 1, retried: 0, failed: 0 });
    expect(queued()).toEqual([]);
  });

  it("retries a temporary failure later, then gives up after the last attempt and says so", async () => {
    const email = uniqueEmail("occupe.example");
    await signUp(email);
    const errors: unknown[] = [];
    let now = new Date("2026-05-04T09:00:00Z");
    const attempt = () => sendAccountEmails(db, { mailer, now, onError: (e) => errors.push(e) });

    expect(await attempt()).toEqual({ sent: 0, dropped: 0, retried: 1, failed: 0 });
    const [row] = queued();
    expect(row).toMatchObject({ attempts: 1, failedAt: null });
    expect(row?.lastError).toMatch(/450/);
    // Not before the backoff: 30 s after the first failure.
    expect(row?.nextAttemptAt).toBe(now.getTime() + 30_000);
    expect(await attempt()).toEqual({ sent: 0, dropped: 0, retried: 0, failed: 0 });

    for (let tries = 2; tries <= MAX_ATTEMPTS; tries++) {
      now = new Date(queued()[0]!.nextAttemptAt);
      await attempt();
    }
    expect(queued()).toEqual([expect.objectContaining({ attempts: MAX_ATTEMPTS })]);
    expect(queued()[0]?.failedAt).toEqual(new Date(Math.floor(now.getTime() / 1000) * 1000));
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/verify-email email \d+ given up: .*450/);
    now = new Date(now.getTime() + 24 * 3600_000);
    expect(await attempt()).toEqual({ sent: 0, dropped: 0, retried: 0, failed: 0 });
    expect(mailsTo(email)).toHaveLength(0);
    db.delete(accountEmails).run();
  });

  it("sends again an email whose sender stopped mid-way, once its lease has run out", async () => {
    const email = uniqueEmail();
    await signUp(email);
    const t0 = new Date("2026-05-04T09:00:00Z");
    // A sender stuck on a mail server that accepts the connection and never answers.
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const stuck = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from, db });
    const stuckRun = sendAccountEmails(db, { mailer: stuck, now: t0, onError: () => {} });
    await vi.waitFor(() => expect(sockets).toHaveLength(1));
    expect(queued()[0]?.attempts).toBe(1);

    expect(await drain(new Date(t0.getTime() + 60_000))).toMatchObject({ sent: 0 });
    expect(await drain(new Date(t0.getTime() + 3 * 60_000))).toMatchObject({ sent: 1 });
    expect(mailsTo(email)).toHaveLength(1);
    for (const socket of sockets) socket.destroy();
    await stuckRun;
    silent.close();
  });

  it("keeps the emails in the dev mailbox without SMTP (/dev/mailbox)", async () => {
    const email = uniqueEmail();
    await signUp(email);
    const devMailer = createMailer({ from, db });
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      expect(await sendAccountEmails(db, { mailer: devMailer })).toMatchObject({ sent: 1 });
    } finally {
      info.mockRestore();
    }
    const kept = listDevMailbox(db).filter((message) => message.to === email);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.text).toContain("/verifier-email?token=");
  });
});
