import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import fs from "node:fs";
import { follows, notifications, questions } from "#db/schema";
import { askQuestion } from "#app/models/questions/ask.server";
import { setHome, getHome } from "#app/models/members/home.server";
import {
  followHome,
  listFollows,
  placeFollowOf,
  unfollowPlace,
} from "#app/models/notifications/follows.server";
import { questionsTestbed } from "#test/questions";
import { openHelpRequests, recentAnswersForMember } from "./feed.server";

const { db, store, DONGES, MONTOIR, NANTES, member, ask, answer } = questionsTestbed();
const viewer = { signedIn: false, locale: "fr" as const };

describe("Autour de moi", () => {
  it("lists open help requests around home, not solved, closed or far ones", () => {
    const asker = member(DONGES.id);
    const open = ask(asker.id, DONGES.id, "Besoin d’aide pour porter un canapé samedi").id;
    const solved = ask(asker.id, MONTOIR.id, "Besoin d’aide pour monter une armoire").id;
    db.update(questions).set({ closedReason: "resolved" }).where(eq(questions.id, solved)).run();
    const far = ask(asker.id, NANTES.id, "Besoin d’aide pour un déménagement à Nantes").id;
    const ids = openHelpRequests(db, DONGES, 10, viewer).map((item) => item.id);
    expect(ids).toContain(open);
    expect(ids).not.toContain(solved);
    expect(ids).not.toContain(far);
    // Visitors see « Voisin1 T. », never the full name.
    const item = openHelpRequests(db, DONGES, 10, viewer).find((i) => i.id === open)!;
    expect(item.authorName).toMatch(/^Voisin\d+ T\.$/);
  });

  it("shows the member the latest answers by others in threads they asked or answered", () => {
    const camille = member(DONGES.id);
    const karim = member(DONGES.id);
    const julie = member(MONTOIR.id);
    const asked = ask(camille.id).id;
    const answered = ask(julie.id).id;
    const elsewhere = ask(julie.id).id;
    answer(asked, karim.id);
    answer(answered, camille.id);
    answer(answered, karim.id);
    answer(elsewhere, karim.id);
    answer(asked, camille.id); // her own answer is not news to her
    const old = new Date(Date.now() - 30 * 86_400_000);
    answer(asked, julie.id, old);
    const threads = recentAnswersForMember(db, camille.id).map((a) => a.path.split("/")[2]);
    expect(threads.sort()).toEqual([String(asked), String(answered)].sort());
  });
});

describe("following home by default", () => {
  it("tells Karim of Camille's new question next door, through the follow he starts with", () => {
    const karim = member(DONGES.id);
    const camille = member(DONGES.id, { verifiedNeighbour: true });
    expect(followHome(db, karim.id)).toEqual({ ok: true });
    expect(listFollows(db, karim.id)).toEqual([
      expect.objectContaining({ placeName: "Donges", radiusKm: 10, category: null }),
    ]);
    const asked = askQuestion(store, camille, {
      placeId: DONGES.id,
      kind: "question",
      category: "bricolage",
      title: "Quelqu’un connaît un bon serrurier à Donges ?",
      body: "",
      tags: [],
    });
    if (!asked.ok) throw new Error(asked.refusal.reason);
    const karimHears = db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, karim.id))
      .all();
    expect(karimHears).toEqual([
      expect.objectContaining({
        type: "followed-question",
        questionId: asked.id,
        // In the daily digest by default: a busy neighbourhood never floods anyone.
        emailDelivery: "digest",
      }),
    ]);
  });

  it("moves the home follow with the home and radius, and keeps the member's own follows", () => {
    const lea = member(DONGES.id);
    followHome(db, lea.id);
    unfollowPlace(db, lea.id, NANTES.id);
    setHome(db, lea.id, { placeId: MONTOIR.id, radiusKm: 5 });
    expect(getHome(db, lea.id)).toMatchObject({ name: "Montoir-de-Bretagne", radiusKm: 5 });
    expect(listFollows(db, lea.id).map((f) => [f.placeName, f.radiusKm])).toEqual([
      ["Montoir-de-Bretagne", 5],
    ]);
    expect(placeFollowOf(db, lea.id, MONTOIR.id)).toEqual({ radiusKm: 5, count: 1 });
    expect(unfollowPlace(db, lea.id, MONTOIR.id)).toBe(1);
    expect(placeFollowOf(db, lea.id, MONTOIR.id)).toBeNull();
  });

  it("backfills the home follow of members from before, once, in the migration", () => {
    const before = member(DONGES.id);
    const followsAlready = member(DONGES.id);
    followHome(db, followsAlready.id);
    unfollowPlace(db, followsAlready.id, DONGES.id);
    followHome(db, followsAlready.id);
    const migration = fs
      .readdirSync("db/migrations")
      .filter((name) => name.endsWith(".sql"))
      .map((name) => fs.readFileSync(`db/migrations/${name}`, "utf8"))
      .find((sql) => sql.includes("INSERT INTO `follows`"))!;
    const backfill = migration.split("--> statement-breakpoint").at(-1)!;
    db.$client.exec(backfill);
    db.$client.exec(backfill);
    const countFor = (userId: string) =>
      db.select().from(follows).where(eq(follows.userId, userId)).all().length;
    expect(countFor(before.id)).toBe(1);
    expect(countFor(followsAlready.id)).toBe(1);
  });
});
