import fs from "node:fs";
import readline from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { neighbourVerifications, questions, users } from "#db/schema";
import { createEmbeddedEngine } from "#search/embedded/engine";
import { copyPlacesDatabase } from "#test/databases";
import { deleteAccount } from "#app/models/members/account.server";
import { createMember } from "#app/models/members/users.server";
import { exportCommunity } from "./export.server";
import { importCommunity } from "./import.server";
import { embeddedStore } from "#test/store";

const opened: AppDatabase[] = [];
afterAll(() => opened.forEach((db) => db.$client.close()));
function freshDatabase() {
  const db = copyPlacesDatabase();
  opened.push(db);
  return db;
}

const json = (record: object) => JSON.stringify(record);

/** Sandrine asks, Yannick answers (accepted), Nathalie upvotes Yannick's answer. */
const community = [
  json({
    type: "member",
    id: "m1",
    firstName: "Sandrine",
    lastName: "Le Goff",
    email: "sandrine@exemple.fr",
    place: "44052",
    verified: true,
  }),
  json({
    type: "member",
    id: "m2",
    firstName: "Yannick",
    lastName: "Guérin",
    email: "yannick@exemple.fr",
    place: "44052",
  }),
  json({ type: "member", id: "m3", firstName: "Nathalie", lastName: "Rousseau", place: "44103" }),
  json({
    type: "question",
    id: "q1",
    author: "m1",
    place: "44052",
    kind: "help",
    category: "bricolage",
    title: "Quelqu'un aurait une perceuse à prêter ?",
    body: "Pour fixer des étagères samedi.",
    tags: ["Perceuse", "prêt de matériel"],
    createdAt: "2026-03-01T10:00:00Z",
  }),
  json({
    type: "answer",
    id: "a1",
    question: "q1",
    author: "m2",
    body: "J'en ai une, passez samedi matin.",
    accepted: true,
    createdAt: "2026-03-01T12:00:00Z",
  }),
  json({
    type: "comment",
    id: "c1",
    answer: "a1",
    author: "m1",
    body: "Merci, je passe vers 10 h.",
    createdAt: "2026-03-01T13:00:00Z",
  }),
  json({ type: "vote", post: "a1", voter: "m3", value: 1 }),
];

function count(db: AppDatabase, table: string) {
  return db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

const TABLES = [
  "users",
  "questions",
  "question_tags",
  "answers",
  "comments",
  "votes",
  "neighbour_verifications",
  "reputation_events",
  "post_revisions",
  "imported_records",
];
function snapshot(db: AppDatabase) {
  return {
    ...Object.fromEntries(TABLES.map((table) => [table, count(db, table)])),
    reputation: db.$client
      .prepare("SELECT group_concat(id || '=' || reputation) FROM users ORDER BY id")
      .pluck()
      .get(),
  };
}

function memberOf(db: AppDatabase, source: string, sourceId: string) {
  const id = db.$client
    .prepare(
      "SELECT local_id FROM imported_records WHERE source = ? AND type = 'member' AND source_id = ?",
    )
    .pluck()
    .get(source, sourceId) as string;
  return db.select().from(users).where(eq(users.id, id)).get()!;
}

describe("importing a community", () => {
  it("stores members, posts, acceptance and votes with the usual reputation", async () => {
    const db = freshDatabase();
    const store = embeddedStore(db);
    const report = await importCommunity(store, community, { source: "facebook" });

    expect(report).toMatchObject({
      lines: 7,
      created: { member: 3, question: 1, answer: 1, comment: 1, vote: 1, organisation: 0 },
      skipped: { member: 0, question: 0, answer: 0, comment: 0, vote: 0, organisation: 0 },
      linkedMembers: 0,
      errors: [],
    });
    const sandrine = memberOf(db, "facebook", "m1");
    const yannick = memberOf(db, "facebook", "m2");
    const nathalie = memberOf(db, "facebook", "m3");
    // Accepted: +15 to the answerer, +2 to the asker; upvoted answer: +10.
    expect(yannick.reputation).toBe(25);
    expect(sandrine.reputation).toBe(2);
    expect(nathalie.reputation).toBe(0);
    // No password and an unconfirmed address: the account is claimed by a password reset.
    expect(sandrine).toMatchObject({
      email: "sandrine@exemple.fr",
      passwordHash: null,
      emailVerifiedAt: null,
      firstName: "Sandrine",
    });
    expect(nathalie.email).toBeNull();
    expect(
      db
        .select({ userId: neighbourVerifications.userId, method: neighbourVerifications.method })
        .from(neighbourVerifications)
        .all(),
    ).toEqual([{ userId: sandrine.id, method: "import" }]);

    const question = db.select().from(questions).get()!;
    expect(question).toMatchObject({
      authorId: sandrine.id,
      kind: "help",
      answerCount: 1,
      createdAt: new Date("2026-03-01T10:00:00Z"),
    });
    expect(question.acceptedAnswerId).not.toBeNull();
    expect(db.$client.prepare("SELECT tag FROM question_tags ORDER BY tag").pluck().all()).toEqual([
      "perceuse",
      "pret-de-materiel",
    ]);
    expect(db.$client.prepare("SELECT score, upvote_count FROM answers").get()).toEqual({
      score: 1,
      upvote_count: 1,
    });
  });

  it("changes nothing when the same file is imported again", async () => {
    const db = freshDatabase();
    const store = embeddedStore(db);
    await importCommunity(store, community, { source: "facebook" });
    const before = snapshot(db);

    const again = await importCommunity(store, community, { source: "facebook" });
    expect(again).toMatchObject({
      created: { member: 0, question: 0, answer: 0, comment: 0, vote: 0, organisation: 0 },
      skipped: { member: 3, question: 1, answer: 1, comment: 1, vote: 1, organisation: 0 },
      errors: [],
    });
    expect(snapshot(db)).toEqual(before);
  });

  it("keeps two sources apart even when their ids are the same", async () => {
    const db = freshDatabase();
    const store = embeddedStore(db);
    const member = (email?: string) =>
      json({ type: "member", id: "m1", firstName: "Anne", lastName: "Martin", email });
    await importCommunity(store, [member()], { source: "groupe-donges" });
    const report = await importCommunity(store, [member()], { source: "groupe-montoir" });
    expect(report.created.member).toBe(1);
    expect(count(db, "users")).toBe(2);
  });

  it("maps a member whose email already has an account instead of duplicating it", async () => {
    const db = freshDatabase();
    const store = embeddedStore(db);
    const existingId = createMember(db, {
      firstName: "Sandrine",
      lastName: "Le Goff",
      email: "sandrine@exemple.fr",
      passwordHash: "x",
      homePlaceId: 1,
      locale: "fr",
      emailVerifiedAt: new Date(),
    });
    const lines = community.map((line) =>
      line.replace("sandrine@exemple.fr", "  Sandrine@Exemple.FR "),
    );
    const report = await importCommunity(store, lines, { source: "facebook" });

    expect(report.errors).toEqual([]);
    expect(report.linkedMembers).toBe(1);
    expect(report.created.member).toBe(2);
    expect(count(db, "users")).toBe(3);
    expect(db.select().from(questions).get()!.authorId).toBe(existingId);
    // The existing account is left as it was (its password, its verification).
    expect(db.select().from(users).where(eq(users.id, existingId)).get()).toMatchObject({
      passwordHash: "x",
      reputation: 2,
    });
    expect(count(db, "neighbour_verifications")).toBe(0);
  });

  it("imports the example file, streamed line by line", async () => {
    const db = freshDatabase();
    const store = embeddedStore(db);
    const lines = readline.createInterface({
      input: fs.createReadStream("test/fixtures/community.jsonl", "utf8"),
      crlfDelay: Infinity,
    });
    const progress: number[] = [];
    const report = await importCommunity(store, lines, {
      source: "community",
      onProgress: (done) => progress.push(done),
    });
    expect(report.errors).toEqual([]);
    expect(report.created).toEqual({
      member: 4,
      question: 2,
      answer: 3,
      comment: 2,
      vote: 3,
      organisation: 0,
    });
    expect(progress.at(-1)).toBe(report.lines);
  });
});

describe("bad lines", () => {
  const member = (id: string, extra: object = {}) =>
    json({ type: "member", id, firstName: "Karim", lastName: "Benali", place: "44052", ...extra });
  const question = (id: string, extra: object = {}) =>
    json({
      type: "question",
      id,
      author: "m1",
      place: "44052",
      kind: "question",
      category: "jardinage",
      title: "Où déposer les déchets verts à Donges ?",
      body: "La déchetterie est-elle ouverte le lundi ?",
      createdAt: "2026-03-02T09:00:00Z",
      ...extra,
    });
  const answer = (id: string, extra: object = {}) =>
    json({
      type: "answer",
      id,
      question: "q1",
      author: "m2",
      body: "Oui, de 14 h à 18 h.",
      createdAt: "2026-03-02T10:00:00Z",
      ...extra,
    });

  const file = [
    /* 1 */ member("m1"),
    /* 2 */ member("m2"),
    /* 3 */ `{"type":"member","id":"m3",`,
    /* 4 */ json({ type: "poll", id: "p1" }),
    /* 5 */ json({ type: "member", id: "m4", firstName: "Julie", place: "44052" }),
    /* 6 */ member("m5", { place: "99999" }),
    /* 7 */ question("q9", { author: "m42" }),
    /* 8 */ question("q2", { title: "Perceuse ?" }),
    /* 9 */ question("q3", { category: "plomberie" }),
    /* 10 */ question("q4", { createdAt: "hier" }),
    /* 11 */ question("q1"),
    /* 12 */ answer("a1", { accepted: true }),
    /* 13 */ answer("a2", { accepted: true }),
    /* 14 */ json({ type: "vote", post: "a1", voter: "m2", value: 1 }),
    /* 15 */ json({ type: "vote", post: "a1", voter: "m1", value: 1 }),
    /* 16 */ json({ type: "vote", post: "q8", voter: "m2", value: 1 }),
    /* 17 */ "",
    /* 18 */ json({ type: "comment", id: "c1", question: "q1", author: "m2", body: "Bien vu !" }),
    /* 19 */ json({
      type: "comment",
      id: "c2",
      author: "m2",
      body: "Bien vu !",
      createdAt: "2026-03-02T11:00:00Z",
    }),
  ];

  it("reports each with its line number and reason, and stores the good lines around it", async () => {
    const db = freshDatabase();
    const store = embeddedStore(db);
    const report = await importCommunity(store, file, { source: "archive" });

    expect(report.errors).toEqual([
      { line: 3, reason: "invalid JSON" },
      {
        line: 4,
        reason:
          'unknown type "poll" (expected one of member, question, answer, comment, vote, organisation)',
      },
      { line: 5, reason: "member m4: missing field lastName" },
      { line: 6, reason: "member m5: unknown place 99999" },
      { line: 7, reason: "question q9: unknown author m42" },
      { line: 8, reason: "question q2: title must be 15–150 characters" },
      {
        line: 9,
        reason: expect.stringMatching(
          /^question q3: unknown category "plomberie" \(expected one of bricolage, /,
        ),
      },
      {
        line: 10,
        reason: expect.stringMatching(/^question q4: createdAt must be an ISO 8601 date/),
      },
      { line: 13, reason: "answer a2: question q1 already has an accepted answer" },
      { line: 14, reason: "vote on a1 by m2: member m2 cannot vote on their own post" },
      { line: 16, reason: "vote on q8 by m2: unknown post q8" },
      { line: 18, reason: "comment c1: missing field createdAt" },
      { line: 19, reason: "comment c2: a comment needs exactly one of question or answer" },
    ]);
    expect(report.created).toEqual({
      member: 2,
      question: 1,
      answer: 1,
      comment: 0,
      vote: 1,
      organisation: 0,
    });
    expect(report.lines).toBe(19);

    // Nothing of a refused line was kept: not the rows, not their side effects.
    expect(count(db, "users")).toBe(2);
    expect(count(db, "questions")).toBe(1);
    expect(count(db, "answers")).toBe(1);
    expect(count(db, "votes")).toBe(1);
    expect(db.select().from(questions).get()).toMatchObject({ answerCount: 1 });
    expect(
      db.$client
        .prepare("SELECT type || ':' || source_id FROM imported_records ORDER BY 1")
        .pluck()
        .all(),
    ).toEqual(["answer:a1", "member:m1", "member:m2", "question:q1", "vote:a1:m1"]);
    // a1 accepted (+15) and upvoted (+10); the asker accepted (+2).
    expect(memberOf(db, "archive", "m2").reputation).toBe(25);
    expect(memberOf(db, "archive", "m1").reputation).toBe(2);
  });

  it("stores a corrected line on the next run, and still skips what is there", async () => {
    const db = freshDatabase();
    const store = embeddedStore(db);
    await importCommunity(store, file, { source: "archive" });
    const fixed = [...file];
    fixed[7] = question("q2", { title: "Qui a une perceuse à prêter samedi ?" });
    const report = await importCommunity(store, fixed, { source: "archive" });
    expect(report.created).toEqual({
      member: 0,
      question: 1,
      answer: 0,
      comment: 0,
      vote: 0,
      organisation: 0,
    });
    expect(report.skipped).toEqual({
      member: 2,
      question: 1,
      answer: 1,
      comment: 0,
      vote: 1,
      organisation: 0,
    });
    expect(report.errors.map((error) => error.line)).not.toContain(8);
  });

  it("refuses a line that is not an object, a vote value other than ±1 and bad tags", async () => {
    const db = freshDatabase();
    const store = embeddedStore(db);
    const report = await importCommunity(
      store,
      [
        "[1, 2]",
        member("m1"),
        question("q1", { tags: ["a", "b", "c", "d", "e", "f"] }),
        question("q2", { tags: ["x".repeat(31)] }),
        question("q3", { kind: "demande" }),
        json({ type: "vote", post: "q1", voter: "m1", value: 0 }),
      ],
      { source: "archive" },
    );
    expect(report.errors).toEqual([
      { line: 1, reason: "a line must be a JSON object" },
      { line: 3, reason: "question q1: tags: at most 5 tags" },
      { line: 4, reason: "question q2: tags: each tag must be at most 30 characters" },
      {
        line: 5,
        reason: 'question q3: unknown kind "demande" (expected one of question, help, offer)',
      },
      { line: 6, reason: "vote on q1 by m1: value must be 1 or -1" },
    ]);
  });
});

describe("exporting", () => {
  it("round-trips: importing the export into a fresh database gives the same counts", async () => {
    const source = freshDatabase();
    await importCommunity(
      embeddedStore(source),
      [
        ...community,
        json({
          type: "member",
          id: "m4",
          firstName: "Gwenaël",
          lastName: "Bernard",
          email: "gwen@exemple.fr",
          place: "44184",
        }),
        json({
          type: "question",
          id: "q2",
          author: "m4",
          place: "44184",
          kind: "offer",
          category: "jardinage",
          title: "Je donne des plants de tomates, qui en veut ?",
          createdAt: "2026-03-03T08:00:00Z",
        }),
        json({
          type: "comment",
          id: "c2",
          question: "q2",
          author: "m1",
          body: "Moi, deux s'il vous plaît !",
          createdAt: "2026-03-03T09:00:00Z",
        }),
        json({ type: "vote", post: "q2", voter: "m1", value: 1 }),
        json({ type: "vote", post: "q1", voter: "m4", value: -1 }),
      ],
      { source: "facebook" },
    );
    // Gwenaël erases his account: his posts and votes stay, without his personal data.
    const gwen = memberOf(source, "facebook", "m4");
    deleteAccount(source, gwen.id);

    const lines: string[] = [];
    const exported = exportCommunity(source, (line) => lines.push(line));
    expect(exported).toEqual({
      member: 4,
      question: 2,
      answer: 1,
      vote: 3,
      comment: 2,
      organisation: 0,
    });
    const formerMember = lines.map((line) => JSON.parse(line)).find((r) => r.id === gwen.id);
    expect(formerMember).toEqual({
      type: "member",
      id: gwen.id,
      firstName: "Ancien",
      lastName: "membre",
      deleted: true,
      createdAt: expect.any(String),
    });
    expect(lines.join("\n")).not.toContain("gwen@exemple.fr");

    const target = freshDatabase();
    const report = await importCommunity(embeddedStore(target), lines, { source: "export" });
    expect(report.errors).toEqual([]);
    expect(report.created).toEqual(exported);

    const compare = (db: AppDatabase) => ({
      ...snapshot(db),
      imported_records: 0,
      reputation: db.$client.prepare("SELECT sum(reputation) FROM users").pluck().get(),
      deleted: db.$client
        .prepare("SELECT count(*) FROM users WHERE deleted_at IS NOT NULL")
        .pluck()
        .get(),
      accepted: db.$client
        .prepare("SELECT count(*) FROM questions WHERE accepted_answer_id IS NOT NULL")
        .pluck()
        .get(),
      scores: db.$client.prepare("SELECT group_concat(score) FROM questions").pluck().get(),
    });
    expect(compare(target)).toEqual(compare(source));
  });

  it("leaves out deleted posts", async () => {
    const db = freshDatabase();
    const store = embeddedStore(db);
    await importCommunity(store, community, { source: "facebook" });
    db.update(questions).set({ deletedAt: new Date() }).run();
    const lines: string[] = [];
    expect(exportCommunity(db, (line) => lines.push(line))).toEqual({
      member: 3,
      question: 0,
      answer: 0,
      vote: 0,
      comment: 0,
      organisation: 0,
    });
  });
});

describe("directory listings", () => {
  const bakery = {
    type: "organisation",
    id: "o1",
    name: "Au Fournil de Donges",
    kind: "commerce",
    category: "boulangerie",
    place: "44052",
    lat: 47.3181,
    lng: -2.0742,
    description: "Pain au **levain**, cuit sur place.",
    openingHours: {
      weekly: [{ days: ["sunday"], opens: "07:30", closes: "12:30" }],
      special: [{ from: "2026-12-25", through: "2026-12-25", reason: "holiday", ranges: [] }],
    },
    website: "https://fournil.example",
    phone: "02 40 00 00 00",
  };
  const amap = {
    type: "organisation",
    id: "o2",
    name: "AMAP du Marais",
    kind: "association",
    category: "alimentation-durable",
    place: "44103",
  };

  it("round-trip: imported, searchable, exported and imported again the same", async () => {
    const source = freshDatabase();
    const report = await importCommunity(embeddedStore(source), [json(bakery), json(amap)], {
      source: "annuaire",
    });
    expect(report.errors).toEqual([]);
    expect(report.created.organisation).toBe(2);
    const again = await importCommunity(embeddedStore(source), [json(bakery)], {
      source: "annuaire",
    });
    expect(again.skipped.organisation).toBe(1);
    // Indexed in the line's transaction.
    const { hits } = await createEmbeddedEngine(source).search({ text: "levain" });
    expect(hits.map((hit) => [hit.type, hit.title])).toEqual([
      ["organisation", "Au Fournil de Donges"],
    ]);

    const lines: string[] = [];
    expect(exportCommunity(source, (line) => lines.push(line)).organisation).toBe(2);
    const exported = lines.map((line) => JSON.parse(line));
    expect(exported.find((line) => line.name === bakery.name)).toEqual({
      ...bakery,
      id: expect.stringMatching(/^o\d+$/),
    });
    // No point of its own: the commune's centre, which the importer finds again.
    expect(exported.find((line) => line.name === amap.name)).toEqual({
      ...amap,
      id: expect.stringMatching(/^o\d+$/),
    });

    const target = freshDatabase();
    const reimported = await importCommunity(embeddedStore(target), lines, { source: "export" });
    expect(reimported.errors).toEqual([]);
    const listings = (db: AppDatabase) =>
      db.$client
        .prepare(
          `SELECT name, kind, category, place_id, lat, lng, approximate, description,
                  opening_hours, website, phone FROM organisations ORDER BY name`,
        )
        .all();
    expect(listings(target)).toEqual(listings(source));
  });

  it("refuses a listing with a category of another kind, half a point or bad hours", async () => {
    const db = freshDatabase();
    const report = await importCommunity(
      embeddedStore(db),
      [
        json({ ...amap, id: "x1", category: "boulangerie" }),
        json({ ...amap, id: "x2", lat: 47.3 }),
        json({ ...amap, id: "x3", openingHours: { weekly: [{ days: ["lundi"] }] } }),
        json({ ...amap, id: "x4", kind: "club" }),
        json({ ...amap, id: "x5", website: "javascript:alert(1)" }),
      ],
      { source: "annuaire" },
    );
    expect(report.created.organisation).toBe(0);
    expect(report.errors.map((error) => error.reason)).toEqual([
      "organisation x1: category boulangerie is not one of kind association's",
      "organisation x2: lat and lng go together: give both or neither",
      expect.stringMatching(/^organisation x3: missing field openingHours.weekly.0.opens/),
      expect.stringMatching(/^organisation x4: unknown kind "club"/),
      expect.stringMatching(/^organisation x5: website must be/),
    ]);
  });
});
