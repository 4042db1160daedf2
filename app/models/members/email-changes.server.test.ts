import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { accountEmails, emailChanges, emailTokens, sessions, users } from "#db/schema";
import { copyPlacesDatabase } from "#test/databases";
import { placeByCode } from "#test/members";
import { startParsingSmtpServer, type ParsingSmtpServer } from "#test/smtp";
import { createMailer, type Mailer } from "#app/server/mail.server";
import { firstLink } from "#playwright/mailbox";
import { signUpMember } from "./account.server";
import { sendAccountEmails } from "./account-emails.server";
import {
  confirmEmail,
  isAddressTaken,
  requestEmailChange,
  undoEmailChange,
} from "./email-changes.server";
import { createMember, findUserByEmail, findValidEmailToken } from "./users.server";

const db = copyPlacesDatabase();
const DONGES = placeByCode(db, "44052").id;

let smtp: ParsingSmtpServer;
let mailer: Mailer;
beforeAll(async () => {
  smtp = await startParsingSmtpServer();
  mailer = createMailer({ smtpUrl: smtp.url, from: "Coup de main <ne-pas-repondre@test>", db });
});
afterAll(async () => {
  await smtp.close();
  db.$client.close();
});

/** The clock of these tests: each test starts a month after the previous one. */
let clock = new Date("2026-05-04T09:00:00Z").getTime();
beforeEach(() => {
  clock += 30 * 24 * 3600_000;
});
const days = (count: number) => new Date(clock + count * 24 * 3600_000);

let n = 0;
const uniqueEmail = () => `voisine${++n}@exemple.fr`;

/** A member whose address was confirmed, signed in on two devices. */
function confirmedMember() {
  const email = uniqueEmail();
  const id = createMember(db, {
    firstName: "Inès",
    lastName: "Roux",
    email,
    passwordHash: "$argon2id$not-checked-here",
    homePlaceId: DONGES,
    locale: "fr",
    emailVerifiedAt: days(-100),
  });
  for (const device of ["phone", "laptop"]) {
    db.insert(sessions)
      .values({
        id: `${device}-${id}`,
        userId: id,
        expiresAt: 2_000_000_000,
        authenticatedAt: days(0),
      })
      .run();
  }
  return { id, email };
}

/** Sends the queued emails and returns the newest one to `address`. */
async function newestMailTo(address: string, now = days(0)): Promise<ParsedMail> {
  await sendAccountEmails(db, { mailer, now, onError: (error) => expect.fail(String(error)) });
  const mail = smtp.received
    .filter((received) =>
      (Array.isArray(received.to) ? received.to : [received.to]).some((to) =>
        to?.value.some((value) => value.address === address),
      ),
    )
    .at(-1);
  if (!mail) throw new Error(`No email to ${address}`);
  return mail;
}

const tokenIn = (mail: ParsedMail, path: string) =>
  new URL(firstLink({ text: mail.text ?? "", subject: mail.subject ?? "" }, path)).searchParams.get(
    "token",
  )!;

/** The whole change: asked, confirmed from the new address; returns the undo link's token. */
async function changeAddress(
  member: { id: string; email: string | null },
  newEmail: string,
  now = days(0),
) {
  requestEmailChange(db, member, newEmail, now);
  const token = tokenIn(await newestMailTo(newEmail, now), "/verifier-email");
  expect(confirmEmail(db, token, now)).toMatchObject({ userId: member.id });
  return tokenIn(await newestMailTo(member.email!, now), "/annuler-changement-email");
}

const userRow = (id: string) => db.select().from(users).where(eq(users.id, id)).get()!;
const sessionCount = (id: string) =>
  db.select().from(sessions).where(eq(sessions.userId, id)).all().length;

describe("changing one's email address", () => {
  it("tells the old address, with a link to undo the change within 7 days", async () => {
    const member = confirmedMember();
    const newEmail = uniqueEmail();
    requestEmailChange(db, member, newEmail, days(0));
    expect(userRow(member.id).email).toBe(member.email);
    const confirmation = await newestMailTo(newEmail);
    expect(confirmation.subject).toBe("Confirmez votre adresse e-mail");
    confirmEmail(db, tokenIn(confirmation, "/verifier-email"), days(0));
    expect(userRow(member.id).email).toBe(newEmail);

    const notice = await newestMailTo(member.email);
    expect(notice.subject).toBe("L’adresse e-mail de votre compte a changé");
    expect(notice.text).toContain(`est désormais ${newEmail}`);
    expect(notice.text).toMatch(/valable jusqu’au \d+ \S+ 2026 à \d+ h \d\d/);
    expect(tokenIn(notice, "/annuler-changement-email")).toMatch(/^[\w-]{43}$/);
    // Only the token's hash is kept.
    const change = db.select().from(emailChanges).where(eq(emailChanges.userId, member.id)).get();
    expect(change).toMatchObject({ oldEmail: member.email, newEmail, undoneAt: null });
    expect(change?.undoTokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does nothing, and says the same, for an address someone else has", () => {
    const member = confirmedMember();
    const other = confirmedMember();
    requestEmailChange(db, member, other.email.toUpperCase(), days(0));
    requestEmailChange(db, member, member.email, days(0));
    expect(db.select().from(accountEmails).all()).toEqual([]);
  });

  it("does not tell an address that was never confirmed", async () => {
    const email = uniqueEmail();
    await signUpMember(db, {
      firstName: "Noé",
      lastName: "Petit",
      email,
      password: "un mot de passe solide",
      homePlaceId: DONGES,
      badgeStyle: "neutral",
      locale: "fr",
    });
    await sendAccountEmails(db, { mailer });
    const member = findUserByEmail(db, email)!;
    requestEmailChange(db, member, uniqueEmail(), days(0));
    const [row] = db.select().from(accountEmails).all();
    await sendAccountEmails(db, { mailer });
    const token = tokenIn(await newestMailTo(row!.email), "/verifier-email");
    expect(confirmEmail(db, token, days(0))).toMatchObject({ userId: member.id });
    expect(db.select().from(accountEmails).all()).toEqual([]);
    expect(db.select().from(emailChanges).where(eq(emailChanges.userId, member.id)).all()).toEqual(
      [],
    );
  });
});

describe("undoing a change", () => {
  it("restores the old address, ends every session, erases the password and old links", async () => {
    const member = confirmedMember();
    const undoToken = await changeAddress(member, uniqueEmail());
    // Meanwhile whoever made the change asks for links to the new address.
    requestEmailChange(db, member, uniqueEmail(), days(1));
    await sendAccountEmails(db, { mailer, now: days(1) });

    const outcome = undoEmailChange(db, undoToken, days(2));
    expect(outcome).toMatchObject({ ok: true, userId: member.id, email: member.email });
    expect(userRow(member.id)).toMatchObject({
      email: member.email,
      passwordHash: null,
      emailVerifiedAt: new Date(Math.floor(days(2).getTime() / 1000) * 1000),
    });
    expect(sessionCount(member.id)).toBe(0);
    const pending = db.select().from(emailTokens).where(eq(emailTokens.userId, member.id)).all();
    expect(pending.filter((token) => token.usedAt === null)).toEqual([
      expect.objectContaining({ purpose: "reset-password", email: member.email }),
    ]);
    // The new password is chosen with the token given back.
    const resetToken = outcome.ok ? outcome.resetToken : "";
    expect(findValidEmailToken(db, resetToken, "reset-password", days(2))?.userId).toBe(member.id);
    // Once only.
    expect(undoEmailChange(db, undoToken, days(2))).toEqual({
      ok: false,
      refusal: { reason: "undo-link-invalid" },
    });
  });

  it("works for 7 days; meanwhile the old address stays reserved for its member", async () => {
    const member = confirmedMember();
    const undoToken = await changeAddress(member, uniqueEmail());
    expect(isAddressTaken(db, member.email, { now: days(6.9) })).toBe(true);
    expect(isAddressTaken(db, member.email, { exceptUserId: member.id, now: days(6.9) })).toBe(
      false,
    );
    const squatter = confirmedMember();
    requestEmailChange(db, squatter, member.email, days(6.9));
    expect(db.select().from(accountEmails).all()).toEqual([]);

    expect(undoEmailChange(db, undoToken, days(7.1))).toEqual({
      ok: false,
      refusal: { reason: "undo-link-invalid" },
    });
    expect(isAddressTaken(db, member.email, { now: days(7.1) })).toBe(false);
  });

  it("only from the oldest change still open: a second change cannot win the account back", async () => {
    const member = confirmedMember();
    const attackerFirst = uniqueEmail();
    const ownerUndo = await changeAddress(member, attackerFirst);
    const attackerUndo = await changeAddress(
      { id: member.id, email: attackerFirst },
      uniqueEmail(),
    );

    expect(undoEmailChange(db, attackerUndo, days(1))).toEqual({
      ok: false,
      refusal: { reason: "undo-superseded" },
    });
    expect(undoEmailChange(db, ownerUndo, days(1))).toMatchObject({ ok: true });
    expect(userRow(member.id).email).toBe(member.email);
    expect(undoEmailChange(db, attackerUndo, days(1))).toEqual({
      ok: false,
      refusal: { reason: "undo-link-invalid" },
    });
    expect(
      db
        .select({ undoneAt: emailChanges.undoneAt })
        .from(emailChanges)
        .where(eq(emailChanges.userId, member.id))
        .all(),
    ).toEqual([{ undoneAt: expect.any(Date) }, { undoneAt: expect.any(Date) }]);
  });

  it("refuses made-up links", () => {
    expect(undoEmailChange(db, "made-up")).toEqual({
      ok: false,
      refusal: { reason: "undo-link-invalid" },
    });
  });
});
