import { afterAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "#app/utils/password.server";
import { activeVerification } from "#app/models/verification.server";
import { findUserByEmail } from "#app/models/user.server";
import { copyPlacesDatabase } from "../test/databases";
import { DEMO_PASSWORD, seedDemoData } from "./demo";

const db = copyPlacesDatabase();
afterAll(() => db.$client.close());

describe("the demo data set", () => {
  it("loads members in several places, verified or not, and one admin, only into an empty database", async () => {
    expect(await seedDemoData(db, hashPassword)).toBe(true);
    const admin = findUserByEmail(db, "admin@coupdemain.local")!;
    expect(admin.isAdmin).toBe(true);
    expect(await verifyPassword(admin.passwordHash!, DEMO_PASSWORD)).toBe(true);
    const camille = findUserByEmail(db, "camille@coupdemain.local")!;
    expect(activeVerification(db, camille)).toBeDefined();
    const thomas = findUserByEmail(db, "thomas@coupdemain.local")!;
    expect(activeVerification(db, thomas)).toBeUndefined();
    expect(findUserByEmail(db, "louis@coupdemain.local")!.emailVerifiedAt).toBeNull();
    const placesWithMembers = db.$client
      .prepare("SELECT count(DISTINCT home_place_id) FROM users")
      .pluck()
      .get() as number;
    expect(placesWithMembers).toBeGreaterThanOrEqual(4);
    // A second start changes nothing.
    expect(await seedDemoData(db, hashPassword)).toBe(false);
    expect(db.$client.prepare("SELECT count(*) FROM users").pluck().get()).toBe(7);
  });
});
