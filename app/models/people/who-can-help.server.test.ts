import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { users } from "#db/schema";
import { SKILL_SLUGS, SKILLS_MAX } from "#app/domain/skills";
import { copyPlacesDatabase } from "#test/databases";
import { memberFactory, placeByCode } from "#test/members";
import { getHelpProfile, setSkills, updateHelpProfile } from "./profile.server";
import { whoCanHelp, whoCanHelpQuery } from "./who-can-help.server";

const db = copyPlacesDatabase();
afterAll(() => db.$client.close());
const member = memberFactory(db);
const DONGES = placeByCode(db, "44052");
const MONTOIR = placeByCode(db, "44103");
const NANTES = placeByCode(db, "44109");

function helper(
  placeId: number,
  skills: string[],
  options: Parameters<typeof member>[1] & { firstName?: string; tags?: string[] } = {},
) {
  const actor = member(placeId, options);
  if (options.firstName) {
    db.update(users).set({ firstName: options.firstName }).where(eq(users.id, actor.id)).run();
  }
  const outcome = updateHelpProfile(db, actor, {
    bio: `Je m'appelle ${options.firstName ?? "Voisin"}.`,
    skills: skills as never,
    tags: options.tags ?? [],
  });
  expect(outcome.ok).toBe(true);
  return actor;
}

describe("setSkills", () => {
  it("replaces the listed skills only, keeping the bio and the free tags", () => {
    const actor = member(DONGES.id);
    updateHelpProfile(db, actor, { bio: "Voisine", skills: ["cuisine"], tags: ["origami"] });
    expect(setSkills(db, actor, ["velo", "jardinage", "velo"])).toMatchObject({ ok: true });
    expect(getHelpProfile(db, actor.id)).toEqual({
      bio: "Voisine",
      skills: ["jardinage", "velo"],
      tags: ["origami"],
    });
    const suspended = { ...actor, suspendedUntil: new Date(Date.now() + 3600_000) };
    expect(setSkills(db, suspended, [])).toMatchObject({ ok: false });
    const tooMany = setSkills(db, actor, SKILL_SLUGS.slice(0, SKILLS_MAX + 1));
    expect(tooMany).toMatchObject({ ok: false, refusal: { reason: "not-allowed" } });
    expect(getHelpProfile(db, actor.id).skills).toEqual(["jardinage", "velo"]);
  });
});

describe("updateHelpProfile", () => {
  it("keeps the bio, the listed skills in the list's order, and the tags; a tag naming a skill becomes it", () => {
    const actor = member(DONGES.id);
    updateHelpProfile(db, actor, {
      bio: "  Retraité, bricoleur.  ",
      skills: ["velo", "bricolage"],
      tags: ["tricot", "jardinage"],
    });
    expect(getHelpProfile(db, actor.id)).toEqual({
      bio: "Retraité, bricoleur.",
      skills: ["bricolage", "jardinage", "velo"],
      tags: ["tricot"],
    });
    updateHelpProfile(db, actor, { bio: "", skills: [], tags: [] });
    expect(getHelpProfile(db, actor.id)).toEqual({ bio: "", skills: [], tags: [] });
  });

  it("refuses a suspended member and what exceeds the bounds, changing nothing", () => {
    const actor = member(DONGES.id);
    updateHelpProfile(db, actor, { bio: "Avant", skills: ["cuisine"], tags: [] });
    const suspended = { ...actor, suspendedUntil: new Date(Date.now() + 3600_000) };
    expect(updateHelpProfile(db, suspended, { bio: "Spam", skills: [], tags: [] })).toMatchObject({
      ok: false,
      refusal: { reason: "suspended" },
    });
    const tooLong = updateHelpProfile(db, actor, { bio: "x".repeat(301), skills: [], tags: [] });
    expect(tooLong.ok).toBe(false);
    const tooManyTags = ["a", "b", "c", "d", "e", "f"];
    expect(updateHelpProfile(db, actor, { bio: "", skills: [], tags: tooManyTags }).ok).toBe(false);
    expect(getHelpProfile(db, actor.id)).toMatchObject({ bio: "Avant", skills: ["cuisine"] });
  });
});

describe("whoCanHelp", () => {
  const ana = helper(DONGES.id, ["couture"], { firstName: "Ana", reputation: 10 });
  const bea = helper(MONTOIR.id, ["couture"], { firstName: "Béa", reputation: 500 });
  const unverified = helper(DONGES.id, ["couture"], {
    firstName: "Chloé",
    verifiedNeighbour: false,
    reputation: 900,
  });
  helper(NANTES.id, ["couture"], { firstName: "Far" });
  helper(DONGES.id, ["cuisine"], { firstName: "Other" });
  helper(DONGES.id, ["couture"], { firstName: "Unconfirmed", emailVerified: false });
  const tagged = helper(DONGES.id, [], { firstName: "Tag", tags: ["tricot"] });

  it("lists verified neighbours first, then by distance band, then by reputation; never the far or unconfirmed", () => {
    const { helpers, total } = whoCanHelp(db, { place: DONGES, skill: "couture", radiusKm: 25 });
    expect(helpers.map((h) => h.id)).toEqual([ana.id, bea.id, unverified.id]);
    expect(total).toBe(3);
    expect(helpers[0]).toMatchObject({
      placeName: "Donges",
      band: 0,
      samePlace: true,
      verified: true,
      skills: ["couture"],
    });
    expect(helpers[1]).toMatchObject({ placeName: "Montoir-de-Bretagne", band: 10 });
    // Nothing that would place a home more precisely than the commune.
    expect(Object.keys(helpers[0]!)).not.toContain("lat");
    expect(Object.keys(helpers[0]!)).not.toContain("distanceKm");
  });

  it("finds free tags too, and respects the radius", () => {
    expect(
      whoCanHelp(db, { place: DONGES, skill: "tricot", radiusKm: 2 }).helpers.map((h) => h.id),
    ).toEqual([tagged.id]);
    expect(
      whoCanHelp(db, { place: DONGES, skill: "couture", radiusKm: 2 }).helpers.map((h) => h.id),
    ).toEqual([ana.id, unverified.id]);
  });

  it("leaves out suspended members", () => {
    db.update(users)
      .set({ suspendedUntil: new Date(Date.now() + 3600_000) })
      .where(eq(users.id, ana.id))
      .run();
    const found = whoCanHelp(db, { place: DONGES, skill: "couture", radiusKm: 25 });
    expect(found.helpers.map((h) => h.id)).not.toContain(ana.id);
    db.update(users).set({ suspendedUntil: null }).where(eq(users.id, ana.id)).run();
  });

  it("reads every table through an index (EXPLAIN QUERY PLAN)", () => {
    const query = new SQLiteSyncDialect().sqlToQuery(
      whoCanHelpQuery(DONGES, "couture", 25, new Date()),
    );
    const plan = db.$client
      .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
      .all(...query.params)
      .map((row) => (row as { detail: string }).detail);
    // Whichever end SQLite starts from (the skill, or the places in the box),
    // every step is an index lookup: no table is read whole.
    expect(plan).toContainEqual(expect.stringMatching(/SEARCH s USING .*INDEX member_skills/));
    expect(plan).toContainEqual(expect.stringMatching(/SEARCH p USING INTEGER PRIMARY KEY/));
    expect(plan).toContainEqual(expect.stringMatching(/^SCAN r VIRTUAL TABLE INDEX/));
    for (const step of plan.filter((line) => line.startsWith("SCAN"))) {
      expect(step).toMatch(/^SCAN r VIRTUAL TABLE INDEX \d+:/);
    }
  });
});
