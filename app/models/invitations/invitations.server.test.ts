import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { notifications, users } from "#db/schema";
import { MAX_OPEN_INVITATIONS } from "#app/domain/home";
import { questionsTestbed } from "#test/questions";
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  onInviteeConfirmed,
  openInvitation,
  revokeInvitation,
  vouchForInvitee,
} from "./invitations.server";

const { db, DONGES, MONTOIR, NANTES, member } = questionsTestbed();
const DAY = 86_400_000;

function invite(inviterId: string, now?: Date) {
  const created = createInvitation(db, inviterId, now);
  if (!created.ok) throw new Error(created.refusal.reason);
  return created.token;
}

describe("invitations", () => {
  it("makes unguessable single-use links that expire and can be withdrawn", () => {
    const julie = member(MONTOIR.id);
    const token = invite(julie.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(invite(julie.id)).not.toBe(token);
    // Public: the inviter is « Voisin1 T. » on the sign-up page.
    expect(openInvitation(db, token)).toMatchObject({
      inviterName: expect.stringMatching(/^Voisin\d+ T\.$/),
      place: { code: "44103", name: "Montoir-de-Bretagne" },
    });
    expect(openInvitation(db, "not-a-token")).toBeNull();
    const later = new Date(Date.now() + 31 * DAY);
    expect(openInvitation(db, token, later)).toBeNull();
    expect(acceptInvitation(db, token, member(MONTOIR.id).id, later)).toBe(false);

    const other = invite(julie.id);
    const otherId = listInvitations(db, julie.id)[0]!.id;
    expect(revokeInvitation(db, member(MONTOIR.id).id, otherId)).toBe(false); // not theirs
    expect(revokeInvitation(db, julie.id, otherId)).toBe(true);
    expect(openInvitation(db, other)).toBeNull();
    expect(listInvitations(db, julie.id)[0]).toMatchObject({ status: "revoked", token: null });

    const first = member(MONTOIR.id, { emailVerified: false });
    expect(acceptInvitation(db, token, first.id)).toBe(true);
    expect(acceptInvitation(db, token, member(MONTOIR.id).id)).toBe(false); // used
  });

  it("refuses unconfirmed members and more than a few open links", () => {
    const louis = member(DONGES.id, { emailVerified: false });
    expect(createInvitation(db, louis.id)).toEqual({
      ok: false,
      refusal: { reason: "invitation-email-unverified" },
    });
    const busy = member(DONGES.id);
    for (let i = 0; i < MAX_OPEN_INVITATIONS; i += 1) invite(busy.id);
    expect(createInvitation(db, busy.id)).toMatchObject({
      refusal: { reason: "too-many-invitations" },
    });
    // Expired links no longer count.
    expect(createInvitation(db, busy.id, new Date(Date.now() + 31 * DAY)).ok).toBe(true);
  });

  it("tells the inviter once the invitee confirmed, and lets them vouch in one tap", () => {
    const julie = member(MONTOIR.id, { verifiedNeighbour: true });
    const token = invite(julie.id);
    const karim = member(MONTOIR.id, { emailVerified: false, verifiedNeighbour: false });
    acceptInvitation(db, token, karim.id);
    // Not yet a confirmed neighbour: not listed, nobody told.
    expect(listInvitations(db, julie.id)[0]).toMatchObject({ status: "accepted", invitee: null });
    db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, karim.id)).run();
    onInviteeConfirmed(db, karim.id);
    onInviteeConfirmed(db, karim.id);
    const told = db.select().from(notifications).where(eq(notifications.userId, julie.id)).all();
    expect(told).toEqual([
      expect.objectContaining({ type: "invitation-accepted", actorId: karim.id }),
    ]);
    const invitation = listInvitations(db, julie.id)[0]!;
    expect(invitation.invitee).toMatchObject({ id: karim.id });

    expect(vouchForInvitee(db, member(MONTOIR.id), invitation.id)).toMatchObject({
      refusal: { reason: "not-found" },
    });
    expect(vouchForInvitee(db, julie, invitation.id)).toEqual({ ok: true, verified: false });
    expect(vouchForInvitee(db, julie, invitation.id)).toMatchObject({
      refusal: { reason: "cannot-vouch", problem: "already-vouched" },
    });
  });

  it("keeps the vouching rules: an unverified or distant inviter cannot vouch", () => {
    const far = member(NANTES.id, { verifiedNeighbour: true });
    const token = invite(far.id);
    const invitee = member(DONGES.id, { verifiedNeighbour: false });
    acceptInvitation(db, token, invitee.id);
    const id = listInvitations(db, far.id)[0]!.id;
    expect(vouchForInvitee(db, far, id)).toMatchObject({
      refusal: { reason: "cannot-vouch", problem: "too-far" },
    });
    const unverified = member(DONGES.id, { verifiedNeighbour: false });
    const second = invite(unverified.id);
    acceptInvitation(db, second, member(DONGES.id, { verifiedNeighbour: false }).id);
    expect(
      vouchForInvitee(db, unverified, listInvitations(db, unverified.id)[0]!.id),
    ).toMatchObject({ refusal: { reason: "cannot-vouch", problem: "not-verified" } });
  });
});
