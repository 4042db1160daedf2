import { and, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { neighbourVerifications, verificationCodes } from "#db/schema";
import { generateToken, hashToken } from "#app/server/tokens.server";
import { refused, type Outcome } from "#app/models/refusals";
import { isStaffFor } from "./staff-roles.server";
import { activeVerification, type Member } from "./verification.server";

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

/** A member enters a code: verified if it is unused and for their home place. */
export function redeemCode(db: AppDatabase, member: Member, typed: string): Outcome {
  const code = normalizeCode(typed);
  if (!code || member.homePlaceId == null) return refused({ reason: "code-invalid" });
  return db.transaction(() => {
    const row = db
      .select()
      .from(verificationCodes)
      .where(and(eq(verificationCodes.codeHash, hashToken(code)), isNull(verificationCodes.usedAt)))
      .get();
    if (!row) return refused({ reason: "code-invalid" });
    if (row.placeId !== member.homePlaceId) return refused({ reason: "code-wrong-place" });
    db.update(verificationCodes)
      .set({ usedAt: new Date(), usedById: member.id })
      .where(eq(verificationCodes.id, row.id))
      .run();
    if (!activeVerification(db, member)) {
      db.insert(neighbourVerifications)
        .values({ userId: member.id, placeId: row.placeId, method: "code", codeId: row.id })
        .run();
    }
    return { ok: true };
  });
}
