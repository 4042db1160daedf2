import { and, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { neighbourVerifications, notifications, places, users, vouches } from "#db/schema";
import { haversineKm } from "#app/domain/geo";
import { notify } from "#app/models/notifications/notify.server";
import { refused, type Outcome } from "#app/models/refusals";
import type { VouchProblem, VouchRefusal } from "./refusals";
import { activeVerification, type Member } from "./verification.server";

/*
 * Vouching: two verified neighbours who say "I know this person, they live
 * here" make a verified neighbour. A member may ask a neighbour to vouch for
 * them (a notification linking to their profile).
 */

/** Two verified neighbours vouching make a verified neighbour. */
export const VOUCHES_NEEDED = 2;
/** A voucher lives in the same place or within this distance. */
export const VOUCH_RADIUS_KM = 5;

function placeCentre(db: AppDatabase, placeId: number) {
  return db
    .select({ lat: places.lat, lng: places.lng })
    .from(places)
    .where(eq(places.id, placeId))
    .get();
}

/** Whether `voucher` may vouch for `member` now, and if not, why (shown to the voucher). */
export function vouchRefusal(
  db: AppDatabase,
  voucher: Member,
  member: Member,
): VouchRefusal | null {
  const problem = vouchProblem(db, voucher, member);
  return problem ? { reason: "cannot-vouch", problem } : null;
}

function vouchProblem(db: AppDatabase, voucher: Member, member: Member): VouchProblem | null {
  if (voucher.id === member.id) return "self";
  if (member.homePlaceId == null || voucher.homePlaceId == null) return "no-place";
  if (activeVerification(db, member)) return "already-verified";
  if (!activeVerification(db, voucher)) return "not-verified";
  if (voucher.homePlaceId !== member.homePlaceId) {
    const a = placeCentre(db, voucher.homePlaceId);
    const b = placeCentre(db, member.homePlaceId);
    if (!a || !b || haversineKm(a, b) > VOUCH_RADIUS_KM) return "too-far";
  }
  const existing = db
    .select({ id: vouches.id })
    .from(vouches)
    .where(
      and(
        eq(vouches.voucherId, voucher.id),
        eq(vouches.voucheeId, member.id),
        eq(vouches.placeId, member.homePlaceId),
      ),
    )
    .get();
  return existing ? "already-vouched" : null;
}

/**
 * Records a vouch ("I know this person, they live here") and verifies the
 * member once enough verified neighbours have vouched for their present place.
 */
export function vouchFor(
  db: AppDatabase,
  voucher: Member,
  member: Member,
): Outcome<{ verified: boolean }> {
  return db.transaction(() => {
    const refusal = vouchRefusal(db, voucher, member);
    if (refusal) return refused(refusal);
    const placeId = member.homePlaceId!;
    db.insert(vouches).values({ voucherId: voucher.id, voucheeId: member.id, placeId }).run();
    const vouchers = vouchersFor(db, member).filter((v) =>
      activeVerification(db, { id: v.id, homePlaceId: v.homePlaceId }),
    );
    if (vouchers.length < VOUCHES_NEEDED) return { ok: true, verified: false };
    db.insert(neighbourVerifications)
      .values({ userId: member.id, placeId, method: "vouches" })
      .run();
    return { ok: true, verified: true };
  });
}

/** Who vouched for the member's present home place (shown on the profile). */
export function vouchersFor(db: AppDatabase, member: Member) {
  if (member.homePlaceId == null) return [];
  return db
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      homePlaceId: users.homePlaceId,
    })
    .from(vouches)
    .innerJoin(users, eq(users.id, vouches.voucherId))
    .where(
      and(
        eq(vouches.voucheeId, member.id),
        eq(vouches.placeId, member.homePlaceId),
        isNull(users.deletedAt),
      ),
    )
    .all();
}

/**
 * Whether `requester` may ask `neighbour` to vouch for them: exactly when
 * the neighbour could vouch for them now (verified, close enough, not done yet).
 */
export function vouchRequestRefusal(
  db: AppDatabase,
  requester: Member,
  neighbour: Member,
): VouchRefusal | null {
  const problem = vouchProblem(db, neighbour, requester);
  return problem ? { reason: "cannot-request-vouch", problem } : null;
}

/** Whether the requester already asked this neighbour (a second request is harmless). */
export function hasRequestedVouch(db: AppDatabase, requesterId: string, neighbourId: string) {
  return Boolean(
    db
      .select({ id: notifications.id })
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, neighbourId),
          eq(notifications.type, "vouch-request"),
          eq(notifications.dedupeKey, `vouch-request:${requesterId}`),
        ),
      )
      .get(),
  );
}

/** "Please confirm I live near you": a notification whose link is the requester's profile. */
export function requestVouch(
  db: AppDatabase,
  requester: Member,
  neighbour: Member,
): Outcome<{ alreadyRequested: boolean }> {
  const refusal = vouchRequestRefusal(db, requester, neighbour);
  if (refusal) return refused(refusal);
  const id = notify(db, {
    userId: neighbour.id,
    type: "vouch-request",
    dedupeKey: `vouch-request:${requester.id}`,
    actorId: requester.id,
  });
  return { ok: true, alreadyRequested: id == null };
}
