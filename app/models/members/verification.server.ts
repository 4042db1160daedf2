import { and, desc, eq, inArray, isNull, or } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import {
  neighbourVerifications,
  places,
  roleGrants,
  users,
  verificationCodes,
  vouches,
} from "#db/schema";
import { haversineKm } from "#app/domain/geo";
import { generateToken, hashToken } from "#app/server/tokens.server";

/** Two verified neighbours vouching make a verified neighbour. */
export const VOUCHES_NEEDED = 2;
/** A voucher lives in the same place or within this distance. */
export const VOUCH_RADIUS_KM = 5;

type Member = { id: string; homePlaceId: number | null };

/**
 * The member's current verification, if any: it must be for their present
 * home place (moving drops it) and not revoked.
 */
export function activeVerification(db: AppDatabase, member: Member) {
  if (member.homePlaceId == null) return undefined;
  return db
    .select()
    .from(neighbourVerifications)
    .where(
      and(
        eq(neighbourVerifications.userId, member.id),
        eq(neighbourVerifications.placeId, member.homePlaceId),
        isNull(neighbourVerifications.revokedAt),
      ),
    )
    .orderBy(desc(neighbourVerifications.createdAt))
    .get();
}

function placeCentre(db: AppDatabase, placeId: number) {
  return db
    .select({ lat: places.lat, lng: places.lng })
    .from(places)
    .where(eq(places.id, placeId))
    .get();
}

/** True for an admin, and for an ambassador or moderator of that place (or a global moderator). */
export function isStaffFor(
  db: AppDatabase,
  staff: { id: string; isAdmin: boolean },
  placeId: number,
  roles: ("ambassador" | "moderator")[] = ["ambassador", "moderator"],
) {
  if (staff.isAdmin) return true;
  return Boolean(
    db
      .select({ id: roleGrants.id })
      .from(roleGrants)
      .where(
        and(
          eq(roleGrants.userId, staff.id),
          inArray(roleGrants.role, roles),
          or(
            eq(roleGrants.placeId, placeId),
            and(eq(roleGrants.role, "moderator"), isNull(roleGrants.placeId)),
          ),
        ),
      )
      .get(),
  );
}

export type VouchRefusal =
  | "self"
  | "not-verified"
  | "too-far"
  | "already-verified"
  | "already-vouched"
  | "no-place";

/** Whether `voucher` may vouch for `member` now, and if not, why (shown to the voucher). */
export function vouchRefusal(
  db: AppDatabase,
  voucher: Member,
  member: Member,
): VouchRefusal | null {
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
export function vouchFor(db: AppDatabase, voucher: Member, member: Member) {
  return db.transaction(() => {
    const refusal = vouchRefusal(db, voucher, member);
    if (refusal) return { refusal, verified: false };
    const placeId = member.homePlaceId!;
    db.insert(vouches).values({ voucherId: voucher.id, voucheeId: member.id, placeId }).run();
    const vouchers = vouchersFor(db, member).filter((v) =>
      activeVerification(db, { id: v.id, homePlaceId: v.homePlaceId }),
    );
    if (vouchers.length < VOUCHES_NEEDED) return { refusal: null, verified: false };
    db.insert(neighbourVerifications)
      .values({ userId: member.id, placeId, method: "vouches" })
      .run();
    return { refusal: null, verified: true };
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

/** An ambassador or moderator of the member's place verifies them directly. */
export function verifyByStaff(
  db: AppDatabase,
  staff: { id: string; isAdmin: boolean },
  member: Member,
) {
  if (member.homePlaceId == null || !isStaffFor(db, staff, member.homePlaceId)) return false;
  if (activeVerification(db, member)) return true;
  db.insert(neighbourVerifications)
    .values({
      userId: member.id,
      placeId: member.homePlaceId,
      method: "staff",
      verifiedById: staff.id,
    })
    .run();
  return true;
}

/** A moderator of the place (or an admin) revokes a verification, with a reason kept on record. */
export function revokeVerification(
  db: AppDatabase,
  moderator: { id: string; isAdmin: boolean },
  member: Member,
  reason: string,
) {
  const verification = activeVerification(db, member);
  if (!verification || !isStaffFor(db, moderator, verification.placeId, ["moderator"]))
    return false;
  db.update(neighbourVerifications)
    .set({ revokedAt: new Date(), revokedById: moderator.id, revokeReason: reason })
    .where(eq(neighbourVerifications.id, verification.id))
    .run();
  return true;
}

/** Codes are short enough to type from paper, in an alphabet without 0/O or 1/I. */
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 10;

function newCode() {
  const random = Buffer.from(generateToken(), "base64url");
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[random[i]! % CODE_ALPHABET.length];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** "abcde fghij" as typed from paper → "ABCDE-FGHIJ". */
export function normalizeCode(typed: string) {
  const compact = typed.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return compact.length === CODE_LENGTH ? `${compact.slice(0, 5)}-${compact.slice(5)}` : null;
}

/**
 * A batch of single-use codes for a partner place (town hall, café,
 * association), to print and hand out. Returned in clear once; stored hashed.
 */
export function createCodeBatch(
  db: AppDatabase,
  ambassador: { id: string; isAdmin: boolean },
  placeId: number,
  count: number,
) {
  if (!isStaffFor(db, ambassador, placeId, ["ambassador"])) return null;
  const batchId = generateToken().slice(0, 12);
  const codes = Array.from({ length: count }, newCode);
  db.insert(verificationCodes)
    .values(
      codes.map((code) => ({
        codeHash: hashToken(code),
        placeId,
        batchId,
        createdById: ambassador.id,
      })),
    )
    .run();
  return { batchId, codes };
}

export type CodeRefusal = "invalid" | "wrong-place";

/** A member enters a code: verified if it is unused and for their home place. */
export function redeemCode(db: AppDatabase, member: Member, typed: string): CodeRefusal | null {
  const code = normalizeCode(typed);
  if (!code || member.homePlaceId == null) return "invalid";
  return db.transaction(() => {
    const row = db
      .select()
      .from(verificationCodes)
      .where(and(eq(verificationCodes.codeHash, hashToken(code)), isNull(verificationCodes.usedAt)))
      .get();
    if (!row) return "invalid";
    if (row.placeId !== member.homePlaceId) return "wrong-place";
    db.update(verificationCodes)
      .set({ usedAt: new Date(), usedById: member.id })
      .where(eq(verificationCodes.id, row.id))
      .run();
    if (!activeVerification(db, member)) {
      db.insert(neighbourVerifications)
        .values({ userId: member.id, placeId: row.placeId, method: "code", codeId: row.id })
        .run();
    }
    return null;
  });
}

/** The places a member is ambassador of: where they may print verification codes. */
export function ambassadorPlaces(db: AppDatabase, member: { id: string }) {
  return db
    .select({ id: places.id, name: places.name })
    .from(roleGrants)
    .innerJoin(places, eq(places.id, roleGrants.placeId))
    .where(and(eq(roleGrants.userId, member.id), eq(roleGrants.role, "ambassador")))
    .all();
}
