import { afterAll, describe, expect, it } from "vitest";
import { copyPlacesDatabase } from "#test/databases";
import { hashToken } from "#app/server/tokens.server";
import {
  consumeEmailToken,
  createEmailToken,
  createMember,
  findUserByEmail,
  findValidEmailToken,
  TOKEN_LIFETIME_MS,
} from "./users.server";

const db = copyPlacesDatabase();
afterAll(() => db.$client.close());
const dongesId = db.$client
  .prepare("SELECT id FROM places WHERE code = '44052'")
  .pluck()
  .get() as number;

function member(email: string) {
  return createMember(db, {
    firstName: "Camille",
    lastName: "Durand",
    email,
    passwordHash: "$argon2id$fake",
    homePlaceId: dongesId,
    locale: "fr",
  });
}

describe("members", () => {
  it("are found by email whatever its case and spacing", () => {
    const id = member("  Camille.Durand@Exemple.FR ");
    expect(findUserByEmail(db, "camille.durand@exemple.fr")?.id).toBe(id);
    expect(findUserByEmail(db, "CAMILLE.DURAND@EXEMPLE.FR")?.id).toBe(id);
  });

  it("get unguessable ids", () => {
    const a = member("a@exemple.fr");
    const b = member("b@exemple.fr");
    expect(a).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(a).not.toBe(b);
  });
});

describe("email tokens", () => {
  const userId = member("tokens@exemple.fr");
  const t0 = new Date("2026-11-24T10:00:00Z");

  it("are stored hashed, work once, for their purpose only", () => {
    const token = createEmailToken(db, {
      userId,
      purpose: "verify-email",
      email: "tokens@exemple.fr",
      now: t0,
    });
    const stored = db.$client
      .prepare("SELECT token_hash FROM email_tokens ORDER BY id DESC LIMIT 1")
      .pluck()
      .get();
    expect(stored).toBe(hashToken(token));
    expect(stored).not.toContain(token);
    expect(consumeEmailToken(db, token, "reset-password", t0)).toBeUndefined();
    expect(findValidEmailToken(db, token, "verify-email", t0)?.userId).toBe(userId);
    expect(consumeEmailToken(db, token, "verify-email", t0)?.userId).toBe(userId);
    expect(consumeEmailToken(db, token, "verify-email", t0)).toBeUndefined();
    expect(findValidEmailToken(db, token, "verify-email", t0)).toBeUndefined();
  });

  it("expire: 24 hours for a confirmation, 1 hour for a reset", () => {
    expect(TOKEN_LIFETIME_MS["verify-email"]).toBe(24 * 3600 * 1000);
    expect(TOKEN_LIFETIME_MS["reset-password"]).toBe(3600 * 1000);
    const reset = createEmailToken(db, {
      userId,
      purpose: "reset-password",
      email: "tokens@exemple.fr",
      now: t0,
    });
    const justBefore = new Date(t0.getTime() + 3600 * 1000 - 1000);
    const justAfter = new Date(t0.getTime() + 3600 * 1000 + 1000);
    expect(findValidEmailToken(db, reset, "reset-password", justBefore)).toBeDefined();
    expect(consumeEmailToken(db, reset, "reset-password", justAfter)).toBeUndefined();
  });

  it("refuse made-up tokens", () => {
    expect(consumeEmailToken(db, "made-up", "verify-email")).toBeUndefined();
  });
});
