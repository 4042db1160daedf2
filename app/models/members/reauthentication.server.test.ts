import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { sessions, users } from "#db/schema";
import { copyPlacesDatabase } from "#test/databases";
import { memberFactory, placeByCode } from "#test/members";
import { hashPassword } from "#app/server/password.server";
import { isRecentlyAuthenticated } from "#app/domain/reauthentication";
import { confirmPassword } from "./reauthentication.server";

const db = copyPlacesDatabase();
afterAll(() => db.$client.close());
const DONGES = placeByCode(db, "44052").id;
const member = memberFactory(db);
const PASSWORD = "un mot de passe solide";
const passwordHash = await hashPassword(PASSWORD);

/** A member with a real password, and a session that signed in long ago. */
function memberWithSession(signedInAt: Date | null) {
  const { id } = member(DONGES);
  db.update(users).set({ passwordHash }).where(eq(users.id, id)).run();
  const sessionId = `session-${id}`;
  db.insert(sessions)
    .values({ id: sessionId, userId: id, expiresAt: 2_000_000_000, authenticatedAt: signedInAt })
    .run();
  return { userId: id, sessionId };
}

const authenticatedAt = (sessionId: string) =>
  db.select().from(sessions).where(eq(sessions.id, sessionId)).get()!.authenticatedAt;

/** The clock of these tests. */
const t0 = new Date("2026-05-04T09:00:00Z");
const minutesLater = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
let ip = 0;
const nextIp = () => `192.0.2.${++ip}`;

describe("confirmPassword", () => {
  it("opens sensitive actions for 10 minutes from the moment the password is typed", async () => {
    const { userId, sessionId } = memberWithSession(minutesLater(-60));
    expect(isRecentlyAuthenticated(authenticatedAt(sessionId), t0)).toBe(false);

    const outcome = await confirmPassword(db, {
      userId,
      sessionId,
      password: PASSWORD,
      ip: nextIp(),
      now: t0,
    });
    expect(outcome).toEqual({ ok: true });
    expect(authenticatedAt(sessionId)).toEqual(t0);
    expect(isRecentlyAuthenticated(authenticatedAt(sessionId), minutesLater(9))).toBe(true);
    expect(isRecentlyAuthenticated(authenticatedAt(sessionId), minutesLater(11))).toBe(false);
  });

  it("refuses a wrong password and changes nothing", async () => {
    const signedInAt = minutesLater(-60);
    const { userId, sessionId } = memberWithSession(signedInAt);
    const outcome = await confirmPassword(db, {
      userId,
      sessionId,
      password: "pas le bon",
      ip: nextIp(),
      now: t0,
    });
    expect(outcome).toEqual({ ok: false, refusal: { reason: "wrong-password" } });
    expect(authenticatedAt(sessionId)).toEqual(signedInAt);
  });

  it("marks only the member's own session", async () => {
    const owner = memberWithSession(null);
    const other = memberWithSession(null);
    const outcome = await confirmPassword(db, {
      userId: other.userId,
      sessionId: owner.sessionId,
      password: PASSWORD,
      ip: nextIp(),
      now: t0,
    });
    expect(outcome).toEqual({ ok: false, refusal: { reason: "not-found" } });
    expect(authenticatedAt(owner.sessionId)).toBeNull();
  });

  it("locks a member out for 15 minutes after five wrong passwords, even with the right one", async () => {
    const { userId, sessionId } = memberWithSession(null);
    const attempt = (password: string, now: Date) =>
      confirmPassword(db, { userId, sessionId, password, ip: nextIp(), now });
    for (let i = 0; i < 5; i++) {
      expect((await attempt("pas le bon", t0)).ok).toBe(false);
    }
    const locked = await attempt(PASSWORD, minutesLater(1));
    expect(locked).toEqual({
      ok: false,
      refusal: { reason: "rate-limited", retryAfterSeconds: 14 * 60 },
    });
    expect(authenticatedAt(sessionId)).toBeNull();
    expect(await attempt(PASSWORD, minutesLater(16))).toEqual({ ok: true });
  });

  it("limits the tries from one IP address, whoever they are for", async () => {
    const sameIp = "198.51.100.7";
    for (let i = 0; i < 20; i++) {
      const { userId, sessionId } = memberWithSession(null);
      await confirmPassword(db, { userId, sessionId, password: "pas le bon", ip: sameIp, now: t0 });
    }
    const { userId, sessionId } = memberWithSession(null);
    const outcome = await confirmPassword(db, {
      userId,
      sessionId,
      password: PASSWORD,
      ip: sameIp,
      now: t0,
    });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.refusal.reason).toBe("rate-limited");
  });
});
