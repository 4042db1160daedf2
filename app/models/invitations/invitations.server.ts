import { randomBytes } from "node:crypto";
import { and, count, desc, eq, gt, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { AppDatabase } from "#db/client";
import { invitations, places, users } from "#db/schema";
import { INVITATION_LIFETIME_DAYS, MAX_OPEN_INVITATIONS } from "#app/domain/home";
import { memberName } from "#app/domain/names";
import { vouchFor, vouchRefusal } from "#app/models/members/vouches.server";
import { notify } from "#app/models/notifications/notify.server";
import { refused, type Outcome } from "#app/models/refusals";
import { publicUrl } from "#app/server/mail.server";

/*
 * Personal invite links: a member sends one to a neighbour; once the
 * neighbour has signed up through it and confirmed their e-mail, the inviter
 * hears of it and may vouch for them in one tap (the vouching rules apply as
 * ever). Links are unguessable, single-use, revocable and expire.
 */

const DAY_MS = 86_400_000;

/** The link a neighbour opens: the sign-up page, which knows who invited them. */
export function invitationUrl(token: string) {
  return publicUrl(`/inscription?invitation=${encodeURIComponent(token)}`);
}

/** An invitation that can still be used: not used, not revoked, not expired. */
const isOpen = (now: Date) =>
  and(isNull(invitations.inviteeId), isNull(invitations.revokedAt), gt(invitations.expiresAt, now));

/** A new link for the member (confirmed members only: an invitation vouches a little for its sender). */
export function createInvitation(
  db: AppDatabase,
  inviterId: string,
  now = new Date(),
): Outcome<{ token: string }> {
  return db.transaction(() => {
    const inviter = db
      .select({ emailVerifiedAt: users.emailVerifiedAt })
      .from(users)
      .where(eq(users.id, inviterId))
      .get();
    if (!inviter?.emailVerifiedAt) return refused({ reason: "invitation-email-unverified" });
    const open = db
      .select({ total: count() })
      .from(invitations)
      .where(and(eq(invitations.inviterId, inviterId), isOpen(now)))
      .get()!.total;
    if (open >= MAX_OPEN_INVITATIONS) return refused({ reason: "too-many-invitations" });
    const token = randomBytes(24).toString("base64url");
    db.insert(invitations)
      .values({
        token,
        inviterId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_DAYS * DAY_MS),
      })
      .run();
    return { ok: true, token };
  });
}

export type InvitationStatus = "open" | "accepted" | "revoked" | "expired";

/** The member's invitations, newest first, with who came through each. */
export function listInvitations(db: AppDatabase, inviterId: string, now = new Date()) {
  const invitee = alias(users, "invitee");
  const rows = db
    .select({
      id: invitations.id,
      token: invitations.token,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      revokedAt: invitations.revokedAt,
      acceptedAt: invitations.acceptedAt,
      inviteeId: invitee.id,
      inviteeFirstName: invitee.firstName,
      inviteeLastName: invitee.lastName,
      inviteeHomePlaceId: invitee.homePlaceId,
      inviteeConfirmed: invitee.emailVerifiedAt,
    })
    .from(invitations)
    .leftJoin(invitee, eq(invitee.id, invitations.inviteeId))
    .where(eq(invitations.inviterId, inviterId))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(50)
    .all();
  return rows.map((row) => {
    const status: InvitationStatus = row.inviteeId
      ? "accepted"
      : row.revokedAt
        ? "revoked"
        : row.expiresAt <= now
          ? "expired"
          : "open";
    return {
      id: row.id,
      // Only an open link is worth showing again.
      token: status === "open" ? row.token : null,
      status,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      invitee:
        row.inviteeId && row.inviteeConfirmed
          ? {
              id: row.inviteeId,
              name: memberName(
                { firstName: row.inviteeFirstName!, lastName: row.inviteeLastName! },
                { full: true },
              ),
              homePlaceId: row.inviteeHomePlaceId,
            }
          : null,
    };
  });
}

/** Revokes one of the member's own open links; false when it is not theirs or no longer open. */
export function revokeInvitation(
  db: AppDatabase,
  inviterId: string,
  invitationId: number,
  now = new Date(),
) {
  const result = db
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.id, invitationId), eq(invitations.inviterId, inviterId), isOpen(now)))
    .run();
  return result.changes > 0;
}

/** The open invitation behind a link, with who sends it and from where (the sign-up page's welcome). */
export function openInvitation(db: AppDatabase, token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const row = db
    .select({
      id: invitations.id,
      firstName: users.firstName,
      lastName: users.lastName,
      placeCode: places.code,
      placeName: places.name,
    })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.inviterId))
    .leftJoin(places, eq(places.id, users.homePlaceId))
    .where(and(eq(invitations.token, token), isOpen(now), isNull(users.deletedAt)))
    .get();
  if (!row) return null;
  return {
    id: row.id,
    // The sign-up page is public: the inviter is "Camille D." there.
    inviterName: memberName(row, { full: false }),
    place: row.placeCode ? { code: row.placeCode, name: row.placeName! } : null,
  };
}

/** Ties a new member to the link they signed up through, if it is still open; once. */
export function acceptInvitation(
  db: AppDatabase,
  token: string,
  inviteeId: string,
  now = new Date(),
) {
  const result = db
    .update(invitations)
    .set({ inviteeId, acceptedAt: now })
    .where(and(eq(invitations.token, token), isOpen(now)))
    .run();
  return result.changes > 0;
}

/**
 * The invitee confirmed their e-mail: now a real neighbour has joined, so
 * the inviter hears of it (in the caller's transaction; once, by its key).
 */
export function onInviteeConfirmed(db: AppDatabase, inviteeId: string) {
  const invitation = db
    .select({ id: invitations.id, inviterId: invitations.inviterId })
    .from(invitations)
    .where(eq(invitations.inviteeId, inviteeId))
    .get();
  if (!invitation) return;
  notify(db, {
    userId: invitation.inviterId,
    type: "invitation-accepted",
    dedupeKey: `invitation:${invitation.id}`,
    actorId: inviteeId,
  });
}

type Member = { id: string; homePlaceId: number | null };

/** The neighbour who came through one of the member's links, or null. */
function inviteeOf(db: AppDatabase, inviterId: string, invitationId: number): Member | null {
  return (
    db
      .select({ id: users.id, homePlaceId: users.homePlaceId })
      .from(invitations)
      .innerJoin(users, eq(users.id, invitations.inviteeId))
      .where(
        and(
          eq(invitations.id, invitationId),
          eq(invitations.inviterId, inviterId),
          isNull(users.deletedAt),
        ),
      )
      .get() ?? null
  );
}

/** Whether the inviter may vouch for this invitee now, and if not, why (shown beside the button). */
export function inviteeVouchRefusal(db: AppDatabase, inviter: Member, invitee: Member) {
  return vouchRefusal(db, inviter, invitee);
}

/** "Je me porte garant·e" in one tap, from the invitations list: the usual vouch, for one's invitee only. */
export function vouchForInvitee(
  db: AppDatabase,
  inviter: Member,
  invitationId: number,
): Outcome<{ verified: boolean }> {
  const invitee = inviteeOf(db, inviter.id, invitationId);
  if (!invitee) return refused({ reason: "not-found" });
  return vouchFor(db, inviter, invitee);
}
