import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { notifications, roleGrants } from "#db/schema";
import { copyPlacesDatabase } from "#test/databases";
import { createMember } from "./users.server";
import { activeVerification, revokeVerification, verifyByStaff } from "./verification.server";
import { createCodeBatch, normalizeCode, redeemCode } from "./verification-codes.server";
import { hasRequestedVouch, requestVouch, vouchFor, vouchRefusal } from "./vouches.server";
import { listNotifications } from "#app/models/notifications/inbox.server";
import type { VouchProblem } from "./refusals";

/* Verified neighbours, however they get there: vouches (and asking for one), staff, codes. */
const db = copyPlacesDatabase();
afterAll(() => db.$client.close());
const placeId = (code: string) =>
  db.$client.prepare("SELECT id FROM places WHERE code = ?").pluck().get(code) as number;
const DONGES = placeId("44052");
const MONTOIR = placeId("44103"); // about 5.6 km from Donges
const CORSEPT = placeId("44046"); // about 4.7 km from Donges
const NANTES = placeId("44109");

let n = 0;
function member(homePlaceId: number, extra: { isAdmin?: boolean } = {}) {
  n += 1;
  const id = createMember(db, {
    firstName: `Membre${n}`,
    lastName: "Test",
    email: `membre${n}@exemple.fr`,
    passwordHash: "x",
    homePlaceId,
    locale: "fr",
    isAdmin: extra.isAdmin,
  });
  return { id, homePlaceId, isAdmin: extra.isAdmin ?? false };
}

const admin = member(NANTES, { isAdmin: true });
function verified(homePlaceId: number) {
  const m = member(homePlaceId);
  expect(verifyByStaff(db, admin, m)).toBe(true);
  return m;
}
function grant(user: { id: string }, role: "ambassador" | "moderator", place: number | null) {
  db.insert(roleGrants).values({ userId: user.id, role, placeId: place }).run();
}

describe("vouching", () => {
  it("takes two verified neighbours of the same place or within 5 km", () => {
    const newcomer = member(DONGES);
    const neighbourA = verified(DONGES);
    const neighbourB = verified(CORSEPT);
    expect(vouchFor(db, neighbourA, newcomer)).toEqual({ ok: true, verified: false });
    expect(activeVerification(db, newcomer)).toBeUndefined();
    expect(vouchFor(db, neighbourB, newcomer)).toEqual({ ok: true, verified: true });
    expect(activeVerification(db, newcomer)?.method).toBe("vouches");
  });

  it("refuses the member themself, unverified vouchers, neighbours too far, and twice the same vouch", () => {
    const newcomer = member(DONGES);
    const unverified = member(DONGES);
    const farAway = verified(NANTES);
    const justOutside = verified(MONTOIR);
    const neighbour = verified(DONGES);
    expect(vouchRefusal(db, newcomer, newcomer)).toEqual({
      reason: "cannot-vouch",
      problem: "self",
    });
    expect(vouchFor(db, unverified, newcomer)).toEqual(cannotVouch("not-verified"));
    expect(vouchFor(db, farAway, newcomer)).toEqual(cannotVouch("too-far"));
    expect(vouchFor(db, justOutside, newcomer)).toEqual(cannotVouch("too-far"));
    expect(vouchFor(db, neighbour, newcomer)).toMatchObject({ ok: true });
    expect(vouchFor(db, neighbour, newcomer)).toEqual(cannotVouch("already-vouched"));
    expect(activeVerification(db, newcomer)).toBeUndefined();
  });

  it("is dropped by a move: the verification belongs to the home place", () => {
    const mover = verified(DONGES);
    expect(activeVerification(db, mover)).toBeDefined();
    expect(activeVerification(db, { id: mover.id, homePlaceId: NANTES })).toBeUndefined();
  });
});

describe("staff verification and revocation", () => {
  it("lets an ambassador of the place verify, not an ambassador elsewhere nor a member", () => {
    const ambassador = member(DONGES);
    grant(ambassador, "ambassador", DONGES);
    const otherAmbassador = member(NANTES);
    grant(otherAmbassador, "ambassador", NANTES);
    const someone = member(DONGES);
    const plainMember = verified(DONGES);
    expect(verifyByStaff(db, plainMember, someone)).toBe(false);
    expect(verifyByStaff(db, otherAmbassador, someone)).toBe(false);
    expect(activeVerification(db, someone)).toBeUndefined();
    expect(verifyByStaff(db, ambassador, someone)).toBe(true);
    expect(activeVerification(db, someone)?.verifiedById).toBe(ambassador.id);
  });

  it("lets a moderator of the place (or a global one) revoke, with the reason kept", () => {
    const someone = verified(DONGES);
    const ambassador = member(DONGES);
    grant(ambassador, "ambassador", DONGES);
    const moderator = member(DONGES);
    grant(moderator, "moderator", DONGES);
    expect(revokeVerification(db, ambassador, someone, "non")).toBe(false);
    expect(revokeVerification(db, moderator, someone, "N’habite pas ici")).toBe(true);
    expect(activeVerification(db, someone)).toBeUndefined();
    const row = db.$client
      .prepare("SELECT revoke_reason, revoked_by_id FROM neighbour_verifications WHERE user_id = ?")
      .get(someone.id);
    expect(row).toEqual({ revoke_reason: "N’habite pas ici", revoked_by_id: moderator.id });

    const again = verified(CORSEPT);
    const globalModerator = member(NANTES);
    grant(globalModerator, "moderator", null);
    expect(revokeVerification(db, globalModerator, again, "doublon")).toBe(true);
  });
});

describe("verification codes", () => {
  it("are printed in batches by an ambassador of the place, and work once, for that place", () => {
    const ambassador = member(DONGES);
    grant(ambassador, "ambassador", DONGES);
    expect(createCodeBatch(db, member(DONGES), DONGES, 3)).toBeNull();
    const batch = createCodeBatch(db, ambassador, DONGES, 3)!;
    expect(batch.codes).toHaveLength(3);
    expect(new Set(batch.codes).size).toBe(3);
    for (const code of batch.codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/);

    const elsewhere = member(NANTES);
    expect(redeemCode(db, elsewhere, batch.codes[0]!)).toEqual({
      ok: false,
      refusal: { reason: "code-wrong-place" },
    });
    const resident = member(DONGES);
    const typedSloppily = batch.codes[0]!.toLowerCase().replace("-", " ");
    expect(redeemCode(db, resident, typedSloppily)).toEqual({ ok: true });
    expect(activeVerification(db, resident)?.method).toBe("code");
    expect(redeemCode(db, member(DONGES), batch.codes[0]!)).toEqual(codeInvalid);
    expect(redeemCode(db, member(DONGES), "AAAAA-AAAAA")).toEqual(codeInvalid);
  });

  it("are read however they are typed", () => {
    expect(normalizeCode(" abcde-fghjk ")).toBe("ABCDE-FGHJK");
    expect(normalizeCode("ABCDEFGHJK")).toBe("ABCDE-FGHJK");
    expect(normalizeCode("short")).toBeNull();
  });
});

describe("vouch requests", () => {
  it("asks a verified neighbour close enough, once, with a link to the requester", () => {
    const requester = member(DONGES);
    const neighbour = verified(DONGES);
    expect(requestVouch(db, requester, neighbour)).toEqual({ ok: true, alreadyRequested: false });
    expect(hasRequestedVouch(db, requester.id, neighbour.id)).toBe(true);
    expect(requestVouch(db, requester, neighbour)).toEqual({ ok: true, alreadyRequested: true });
    expect(notificationsOf(neighbour.id)).toMatchObject([
      { type: "vouch-request", dedupeKey: `vouch-request:${requester.id}`, actorId: requester.id },
    ]);
    expect(listNotifications(db, neighbour.id).items[0]!.path).toBe(`/m/${requester.id}`);
  });

  it("refuses when the neighbour cannot vouch: not verified, too far, self, or the requester is verified", () => {
    const requester = member(DONGES);
    expect(requestVouch(db, requester, member(DONGES))).toEqual(cannotRequest("not-verified"));
    expect(requestVouch(db, requester, verified(NANTES))).toEqual(cannotRequest("too-far"));
    expect(requestVouch(db, requester, requester)).toEqual(cannotRequest("self"));
    expect(requestVouch(db, verified(DONGES), verified(DONGES))).toEqual(
      cannotRequest("already-verified"),
    );
  });
});

const cannotVouch = (problem: VouchProblem) => ({
  ok: false,
  refusal: { reason: "cannot-vouch", problem },
});
const cannotRequest = (problem: VouchProblem) => ({
  ok: false,
  refusal: { reason: "cannot-request-vouch", problem },
});
const codeInvalid = { ok: false, refusal: { reason: "code-invalid" } };

function notificationsOf(userId: string) {
  return db.select().from(notifications).where(eq(notifications.userId, userId)).all();
}
