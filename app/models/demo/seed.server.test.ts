import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getHelpProfile } from "#app/models/people/profile.server";
import { seedDemoPeople } from "./people.server";
import { hashPassword, verifyPassword } from "#app/server/password.server";
import { activeVerification } from "#app/models/members/verification.server";
import { findUserByEmail } from "#app/models/members/users.server";
import { rebuildReputation } from "#app/models/reputation/reputation.server";
import { copyPlacesDatabase } from "#test/databases";
import { DEMO_PASSWORD, seedDemoData } from "./seed.server";
import { DEMO_EXTRA_MEMBERS } from "./content";
import { currentDeals } from "#app/models/deals/deals.server";
import { embeddedStore } from "#test/store";

const db = copyPlacesDatabase();
const store = embeddedStore(db);
afterAll(() => db.$client.close());

const count = (query: string) => db.$client.prepare(query).pluck().get() as number;

describe("the demo data set", () => {
  const now = new Date();

  it("loads members in several places, verified or not, and one admin, only into an empty database", async () => {
    expect(await seedDemoData(store, hashPassword, { now })).toBe(true);
    const admin = findUserByEmail(db, "admin@coupdemain.local")!;
    expect(admin.isAdmin).toBe(true);
    expect(await verifyPassword(admin.passwordHash!, DEMO_PASSWORD)).toBe(true);
    const camille = findUserByEmail(db, "camille@coupdemain.local")!;
    expect(activeVerification(db, camille)).toBeDefined();
    const thomas = findUserByEmail(db, "thomas@coupdemain.local")!;
    expect(activeVerification(db, thomas)).toBeUndefined();
    expect(findUserByEmail(db, "louis@coupdemain.local")!.emailVerifiedAt).toBeNull();
    const placesWithMembers = count("SELECT count(DISTINCT home_place_id) FROM users");
    expect(placesWithMembers).toBeGreaterThanOrEqual(4);
    const pierre = findUserByEmail(db, "pierre@coupdemain.local")!;
    expect(pierre.emailVerifiedAt).not.toBeNull();
    expect(activeVerification(db, pierre)).toBeDefined();
    expect(activeVerification(db, findUserByEmail(db, "fatou@coupdemain.local")!)).toBeUndefined();
    // A second start changes nothing.
    const questions = count("SELECT count(*) FROM questions");
    expect(await seedDemoData(store, hashPassword)).toBe(false);
    expect(count("SELECT count(*) FROM users")).toBe(7 + DEMO_EXTRA_MEMBERS.length);
    expect(count("SELECT count(*) FROM questions")).toBe(questions);
  });

  it("has answers recommending listings (ADR 025)", () => {
    expect(count("SELECT count(*) FROM answer_listings")).toBe(2);
    expect(count("SELECT count(*) FROM answers WHERE body_html LIKE '%data-fiche%'")).toBe(2);
  });

  it("has questions in several places, answered, accepted or waiting, none in the future", () => {
    expect(count("SELECT count(*) FROM questions")).toBeGreaterThanOrEqual(60);
    const codes = db.$client
      .prepare("SELECT DISTINCT p.code FROM questions q JOIN places p ON p.id = q.place_id")
      .pluck()
      .all() as string[];
    expect(codes.length).toBeGreaterThanOrEqual(5);
    expect(codes).toEqual(expect.arrayContaining(["44052", "33063", "75111"]));
    expect(
      count("SELECT count(*) FROM questions WHERE accepted_answer_id IS NOT NULL"),
    ).toBeGreaterThanOrEqual(30);
    expect(count("SELECT count(*) FROM questions WHERE answer_count = 0")).toBeGreaterThan(0);
    const nowSeconds = Math.floor(now.getTime() / 1000);
    for (const table of ["questions", "answers", "votes", "comments", "reputation_events"]) {
      expect(count(`SELECT count(*) FROM ${table} WHERE created_at > ${nowSeconds}`)).toBe(0);
    }
  });

  it("fills the demo bells with the history's notifications, none of them to be emailed", () => {
    expect(count("SELECT count(*) FROM notifications")).toBeGreaterThan(50);
    expect(count("SELECT count(*) FROM notifications WHERE email_delivery != 'never'")).toBe(0);
    // Each is dated when its event happened in the story, not when the seed ran.
    const seededAt = Math.floor(now.getTime() / 1000);
    expect(count(`SELECT count(*) FROM notifications WHERE created_at > ${seededAt} - 3600`)).toBe(
      0,
    );
  });

  it("fills the directory around Donges: shops, associations, a third place, public services", () => {
    const kinds = db.$client
      .prepare(
        "SELECT o.kind FROM organisations o JOIN places p ON p.id = o.place_id WHERE p.code IN ('44052', '44103', '44080') GROUP BY o.kind ORDER BY o.kind",
      )
      .pluck()
      .all();
    expect(kinds).toEqual(["association", "commerce", "service-public", "tiers-lieu"]);
    expect(
      count(
        "SELECT count(*) FROM organisations o JOIN places p ON p.id = o.place_id WHERE p.code = '44052' AND o.category = 'boulangerie' AND o.opening_hours IS NOT NULL",
      ),
    ).toBe(1);
    // The bakery is run by Karim (claimed); a claim on the café waits for the ambassador.
    expect(
      db.$client
        .prepare(
          "SELECT o.name, c.status, u.email FROM organisation_claims c JOIN organisations o ON o.id = c.organisation_id JOIN users u ON u.id = c.user_id ORDER BY o.name",
        )
        .all(),
    ).toEqual([
      { name: "Au Fournil de Donges", status: "approved", email: "karim@coupdemain.local" },
      { name: "Le Café du Marché", status: "pending", email: "camille@coupdemain.local" },
    ]);
    expect(
      count(
        "SELECT count(*) FROM organisations WHERE name = 'Au Fournil de Donges' AND claimed_at IS NOT NULL",
      ),
    ).toBe(1);
  });

  it("has two partner merchants with current bons plans, one with a quantity partly taken", () => {
    const ids = db.$client
      .prepare("SELECT id FROM organisations WHERE siret IN ('81234567800012', '83456789100016')")
      .pluck()
      .all() as number[];
    const shown = currentDeals(db, ids, now);
    expect(shown.map((deal) => [deal.title, deal.remaining])).toEqual([
      ["Une viennoiserie offerte pour deux baguettes", 28],
      ["−10 % sur les colis du Marais", null],
    ]);
  });

  it("keeps every member's reputation equal to the sum of their ledger", () => {
    expect(count("SELECT count(*) FROM reputation_events")).toBeGreaterThan(0);
    expect(rebuildReputation(db)).toEqual([]);
  });
});

describe("the demo's people", () => {
  it("gives some members bios and skills, and « Chat tigré perdu » a photo", async () => {
    const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), "demo-uploads-"));
    await seedDemoPeople({ db, uploadsDir });
    const camille = findUserByEmail(db, "camille@coupdemain.local")!;
    expect(getHelpProfile(db, camille.id).skills).toContain("couture");
    const photo = db.$client
      .prepare(
        "SELECT images.* FROM images JOIN questions ON questions.id = images.question_id WHERE questions.title LIKE 'Chat tigré perdu%'",
      )
      .get() as { key: string; alt: string; widths: string };
    expect(photo.alt).toMatch(/Pistache/);
    expect(fs.readdirSync(path.join(uploadsDir, "images"))).toContain(`${photo.key}-640.webp`);
  });
});
