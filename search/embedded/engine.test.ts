import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { copyPlacesDatabase, openEmptyDatabase } from "#test/databases";
import { insertAnswer } from "#app/models/answers/answers.server";
import { deletePost } from "#app/models/questions/removal.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { memberFactory } from "#test/members";
import { describeConformance } from "#test/search-conformance";
import { CORPUS, LISTINGS } from "#test/search-conformance-corpus";
import { organisations } from "#db/schema";
import { eq } from "drizzle-orm";
import type { SearchDocument } from "#search/engine";
import { embeddedIndexIsBehind, rebuildEmbeddedIndex } from "#search/reindex";
import { embeddedWriter } from "./writer";
import { coveringCells } from "./cells";
import { createEmbeddedEngine } from "./engine";
import { recordIndexedTerms, writeDocuments } from "./store";
import { typoBudget, typoDistance } from "./vocabulary";
import { embeddedStore } from "#test/store";

describeConformance("embedded", async () => {
  const db = openEmptyDatabase();
  const engine = createEmbeddedEngine(db);
  return {
    engine,
    index: (documents: SearchDocument[]) => engine.upsert(documents),
    cleanup: () => {
      db.$client.close();
    },
  };
});

describe("typo distance", () => {
  it("follows Meilisearch's budget by word length", () => {
    expect([4, 5, 8, 9, 15].map((length) => typoBudget("x".repeat(length)))).toEqual([
      0, 1, 1, 2, 2,
    ]);
  });

  it("counts a substitution, an insertion, a deletion or a transposition as one", () => {
    expect(typoDistance("plonbier", "plombier", 2)).toBe(1);
    expect(typoDistance("plobier", "plombier", 2)).toBe(1);
    expect(typoDistance("plombiier", "plombier", 2)).toBe(1);
    expect(typoDistance("plmobier", "plombier", 2)).toBe(1);
    expect(typoDistance("plmobeir", "plombier", 1)).toBe(2);
  });
});

describe("geographic cells", () => {
  it("covers a local radius with a few small cells, and gives up nationwide", () => {
    const donges = { lat: 47.3206, lng: -2.0768 };
    expect(coveringCells(donges, 5)!.length).toBeLessThanOrEqual(36);
    expect(coveringCells(donges, 10)!.every((cell) => cell.startsWith("g0_"))).toBe(true);
    expect(coveringCells(donges, 50)!.length).toBeLessThanOrEqual(36);
    expect(coveringCells(donges, 20_000)).toBeNull();
    // Wallis-et-Futuna, next to the antimeridian.
    expect(coveringCells({ lat: -13.28, lng: -176.17 }, 500)).toBeNull();
    expect(coveringCells({ lat: Number.NaN, lng: -2.07 }, 10)).toBeNull();
  });
});

describe("embedded engine", () => {
  const words = (text: string) => ({ text, limit: 50 });

  it("does not read a word before the last one as a prefix", async () => {
    const db = openEmptyDatabase();
    const engine = createEmbeddedEngine(db);
    engine.upsertSync(CORPUS);
    expect((await engine.search(words("répar vélo"))).hits).toEqual([]);
    expect((await engine.search(words("vélo répar"))).hits.map((hit) => hit.id)).toEqual([6]);
    db.$client.close();
  });

  it("can be made before the schema exists: it reads its tables at the first search", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-lazy-"));
    const db = openDatabase(path.join(folder, "lazy.db"));
    const engine = createEmbeddedEngine(db);
    migrateDatabase(db);
    engine.upsertSync(CORPUS);
    expect((await engine.search(words("motoculteur"))).hits.map((hit) => hit.id)).toEqual([8]);
    db.$client.close();
  });

  it("expands a two-letter prefix into the commonest words it starts, fifty at most", async () => {
    const db = openEmptyDatabase();
    const engine = createEmbeddedEngine(db);
    const base = CORPUS[0]!;
    const letters = "abcdefghijklmnopqrstuvwxyz";
    // 60 rare words starting with "pa", in one question each, then a common one in three.
    const rare = Array.from(
      { length: 60 },
      (_, i) => `pa${letters[Math.floor(i / 26)]}${letters[i % 26]}ment`,
    );
    const documents: SearchDocument[] = [
      ...rare.map((word, i) => ({
        ...base,
        id: 200 + i,
        title: `Un ${word}`,
        body: "",
        answers: "",
        acceptedAnswer: "",
        tags: [],
      })),
      ...[1, 2, 3].map((n) => ({
        ...base,
        id: 300 + n,
        title: "Un papillon",
        body: "",
        answers: "",
        acceptedAnswer: "",
        tags: [],
      })),
    ];
    // As the rebuild does: the vocabulary is recorded from the index, commonest first.
    db.$client.transaction(() => {
      writeDocuments(db.$client, documents, { recordTerms: false });
      recordIndexedTerms(db.$client);
    })();
    const result = await engine.search({ text: "pa", limit: 50 });
    expect(result.total).toBe(3 + 49);
    expect(result.hits.map((hit) => hit.id)).toEqual(expect.arrayContaining([301, 302, 303]));
    // Typed further, the prefix reaches the rare words again.
    expect(
      (await engine.search({ text: rare[59]!.slice(0, 4) })).hits.map((hit) => hit.id),
    ).toEqual([259]);
    db.$client.close();
  });

  it("rolls index writes back with the caller's transaction", async () => {
    const db = openEmptyDatabase();
    const engine = createEmbeddedEngine(db);
    const document = CORPUS.find((candidate) => candidate.id === 8)!;
    expect(() =>
      db.transaction(() => {
        engine.upsertSync([document]);
        expect(engine.searchSync(words("motoculteur")).total).toBe(1);
        throw new Error("the post failed");
      }),
    ).toThrow("the post failed");
    expect((await engine.search(words("motoculteur"))).total).toBe(0);
    // A typo variant of a word whose insertion was rolled back finds nothing either.
    expect((await engine.search(words("motoculter"))).total).toBe(0);
    db.$client.close();
  });

  it("sees what another connection (another process) wrote, typo vocabulary included", async () => {
    const db = openEmptyDatabase();
    const engine = createEmbeddedEngine(db);
    engine.upsertSync(CORPUS.slice(0, 3));
    expect((await engine.search(words("xylophone"))).total).toBe(0);

    const other = openDatabase(db.$client.name);
    const otherEngine = createEmbeddedEngine(other);
    otherEngine.upsertSync([
      { ...CORPUS[0]!, id: 99, title: "Qui prête un xylophone pour la kermesse ?" },
    ]);
    other.$client.close();

    expect((await engine.search(words("xylophone"))).hits.map((hit) => hit.id)).toEqual([99]);
    expect((await engine.search(words("xylophome"))).hits.map((hit) => hit.id)).toEqual([99]);
    db.$client.close();
  });

  it("finds a question where another connection moved it, and solved as it marked it", async () => {
    const db = openEmptyDatabase();
    const engine = createEmbeddedEngine(db);
    const donges = { lat: 47.3206, lng: -2.0768, radiusKm: 10 };
    const bordeaux = { lat: 44.8378, lng: -0.5792, radiusKm: 10 };
    const question = {
      ...CORPUS[0]!,
      id: 77,
      title: "Qui prête un xylophone ?",
      ...donges,
      solved: false,
    };
    engine.upsertSync([question]);
    const near = (point: typeof donges) => ({ text: "xylophone", near: point });
    expect((await engine.search(near(donges))).total).toBe(1);
    expect((await engine.search({ text: "xylophone", solved: true })).total).toBe(0);

    const other = openDatabase(db.$client.name);
    createEmbeddedEngine(other).upsertSync([{ ...question, ...bordeaux, solved: true }]);
    other.$client.close();

    expect((await engine.search(near(donges))).total).toBe(0);
    expect((await engine.search(near(bordeaux))).hits.map((hit) => hit.id)).toEqual([77]);
    const solved = await engine.search({ text: "xylophone", solved: true });
    expect(solved.hits.map((hit) => hit.id)).toEqual([77]);
    expect(solved.facets.solved).toEqual({ true: 1 });
    db.$client.close();
  });

  it("ranks past the candidate limit: total and facets stay exact, title matches first", async () => {
    const db = openEmptyDatabase();
    const engine = createEmbeddedEngine(db, { candidateLimit: 3 });
    const base = CORPUS[0]!;
    const documents: SearchDocument[] = Array.from({ length: 12 }, (_, i) => ({
      ...base,
      id: 100 + i,
      title: i === 7 ? "Ma haie de thuyas à tailler" : `Question numéro ${i}`,
      body: i === 7 ? "" : "Il faut tailler la haie du jardin avant l'été.",
      acceptedAnswer: "",
      solved: false,
      score: i,
    }));
    engine.upsertSync(documents);
    const result = await engine.search({ text: "haie", limit: 5 });
    expect(result.total).toBe(12);
    expect(result.facets.solved).toEqual({ false: 12 });
    expect(result.hits.map((hit) => hit.id)).toEqual([107, 111, 110, 109, 108]);
    const second = await engine.search({ text: "haie", limit: 5, page: 2 });
    expect(second.hits.map((hit) => hit.id)).toEqual([106, 105, 104, 103, 102]);
    db.$client.close();
  });
});

describe("embedded engine with many matches", () => {
  const db = openEmptyDatabase();
  afterAll(() => db.$client.close());
  const engine = createEmbeddedEngine(db);
  const base = CORPUS[0]!;
  // 3,000 questions about hedges, spread like real ones over kinds and solved;
  // one of the newest has the word in its title; 400 also mention thuyas.
  const documents: SearchDocument[] = Array.from({ length: 3000 }, (_, i) => ({
    ...base,
    id: i + 1,
    title: i === 2950 ? "Ma haie est trop haute" : `Question de jardin numéro ${i}`,
    body: `Il faut tailler la haie du jardin avant l'été${i % 7 === 0 && i < 2800 ? ", des thuyas" : ""}.`,
    acceptedAnswer: "",
    answers: "",
    kind: (["question", "help", "offer"] as const)[i % 3]!,
    solved: i % 4 === 0,
    score: 0,
    createdAt: 1_700_000_000 + i * 60,
  }));
  engine.upsertSync(documents);

  it("estimates the total and facets of a very common word, and says so", async () => {
    const result = await engine.search({ text: "haie", limit: 10 });
    expect(result.totalIsEstimate).toBe(true);
    expect(result.total).toBeGreaterThanOrEqual(2700);
    expect(result.total).toBeLessThanOrEqual(3300);
    expect(result.facets.solved.true).toBeGreaterThanOrEqual(650);
    expect(result.facets.solved.true).toBeLessThanOrEqual(850);
    expect(result.facets.kind.help).toBeGreaterThanOrEqual(900);
    expect(result.facets.kind.help).toBeLessThanOrEqual(1100);
    // Among bounded candidates, the title match ranks above newer body matches.
    expect(result.hits[0]!.id).toBe(2951);
    expect(result.hits).toHaveLength(10);
  });

  it("counts exactly up to 500 matches", async () => {
    const result = await engine.search({ text: "thuyas", limit: 5 });
    expect(result.totalIsEstimate).toBe(false);
    expect(result.total).toBe(400);
    expect(result.facets.solved).toEqual({ true: 100, false: 300 });
    const filtered = await engine.search({ text: "haie", kind: ["offer"], solved: true });
    expect(filtered.totalIsEstimate).toBe(false);
    expect(filtered.total).toBe(documents.filter((d) => d.kind === "offer" && d.solved).length);
  });

  it("keeps a listing among the candidates, however many questions match", async () => {
    engine.upsertSync([{ ...LISTINGS[0]!, id: 500, title: "Les Haies de Martin, paysagiste" }]);
    const result = await engine.search({ text: "haies", limit: 10 });
    expect(result.facets.type.organisation).toBe(1);
    expect(result.hits.slice(0, 2).map((hit) => `${hit.type} ${hit.id}`)).toContain(
      "organisation 500",
    );
    engine.removeSync([-500]);
  });
});

describe("embedded engine with the models", () => {
  const db = copyPlacesDatabase();
  const store = embeddedStore(db);
  afterAll(() => db.$client.close());
  const engine = createEmbeddedEngine(db);
  const member = memberFactory(db);
  const donges = db.$client.prepare("SELECT id FROM places WHERE code = '44052'").get() as {
    id: number;
  };
  const find = async (text: string) => (await engine.search({ text })).hits.map((hit) => hit.id);

  function ask(title: string, body = "Merci d'avance.") {
    const author = member(donges.id);
    const question = insertQuestion(store, {
      authorId: author.id,
      placeId: donges.id,
      kind: "question",
      category: "bricolage",
      title,
      body,
      tags: ["outils"],
    });
    return { author, question };
  }

  it("indexes a question and its answers in the transaction that writes them", async () => {
    const { question } = ask("Où faire affûter une **lame** de scie ?", "Une *scie circulaire*.");
    expect(await find("affuter")).toEqual([question.id]);
    expect(await find("circulaire")).toEqual([question.id]);
    const helper = member(donges.id);
    insertAnswer(store, {
      questionId: question.id,
      authorId: helper.id,
      body: "La quincaillerie du bourg.",
    });
    expect(await find("quincaillerie")).toEqual([question.id]);
    const [hit] = (await engine.search({ text: "scie" })).hits;
    expect(hit!.snippet).not.toContain("*");
  });

  it("leaves the index untouched when the post's transaction rolls back", async () => {
    const { question } = ask("Prêter une ponceuse vibrante ce week-end ?");
    const helper = member(donges.id);
    expect(() =>
      db.transaction(() => {
        insertAnswer(store, {
          questionId: question.id,
          authorId: helper.id,
          body: "J'ai une rabot électrique à prêter.",
        });
        throw new Error("rolled back");
      }),
    ).toThrow("rolled back");
    expect(await find("rabot")).toEqual([]);
    expect(await find("ponceuse")).toEqual([question.id]);
  });

  it("never finds a deleted question", async () => {
    const { author, question } = ask("Une bétonnière à louer près de Donges ?");
    expect(await find("betonniere")).toEqual([question.id]);
    const outcome = deletePost(store, author, "question", question.id);
    expect(outcome).toMatchObject({ ok: true });
    expect(await find("betonniere")).toEqual([]);
    // Even a stray call for a deleted question removes it rather than indexing it.
    embeddedWriter.questionChanged(db, question.id);
    expect(await find("betonniere")).toEqual([]);
  });

  it("rebuilds the whole index from the questions, with progress", async () => {
    const { question } = ask("Un taille-haie électrique à prêter ?");
    engine.clearSync();
    expect(await find("taille")).toEqual([]);
    const progress: [number, number][] = [];
    const result = await rebuildEmbeddedIndex(db, {
      batchSize: 2,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result.indexed).toBeGreaterThanOrEqual(3);
    expect(progress[0]).toEqual([0, result.indexed]);
    expect(progress.at(-1)).toEqual([result.indexed, result.indexed]);
    expect(await find("taille haie")).toEqual([question.id]);
    // The typo vocabulary comes back with it.
    expect(await find("electriqe")).toContain(question.id);
    expect(await find("betonniere")).toEqual([]);
    expect(embeddedIndexIsBehind(db)).toBe(false);
  });

  it("keeps a question deleted, or edited, while the rebuild had it read but not written", async () => {
    const removed = ask("Une bétonnière à prêter pendant la reconstruction ?");
    const edited = ask("Une brouette à prêter ?");
    const others = [ask("Un escabeau ?"), ask("Une perceuse ?"), ask("Un diable ?")];
    // One batch: read, then written only once the last batch is read; the
    // app acts in between.
    let acted = false;
    await rebuildEmbeddedIndex(db, {
      batchSize: 1000,
      onProgress(done) {
        if (done === 0 || acted) return;
        acted = true;
        expect(deletePost(store, removed.author, "question", removed.question.id)).toMatchObject({
          ok: true,
        });
        db.$client
          .prepare("UPDATE questions SET title = 'Une remorque à prêter ?' WHERE id = ?")
          .run(edited.question.id);
        embeddedWriter.questionChanged(db, edited.question.id);
      },
    });
    expect(acted).toBe(true);
    expect(await find("betonniere reconstruction")).toEqual([]);
    expect(await find("brouette")).toEqual([]);
    expect(await find("remorque")).toEqual([edited.question.id]);
    expect(await find("escabeau")).toEqual([others[0]!.question.id]);
  });

  it("indexes listings: the commune's centre unless the address is shown, gone once deleted", async () => {
    const centre = db.$client
      .prepare("SELECT lat, lng FROM places WHERE id = ?")
      .get(donges.id) as {
      lat: number;
      lng: number;
    };
    const insert = (name: string, shown: boolean) =>
      db
        .insert(organisations)
        .values({
          kind: "commerce",
          category: "reparation",
          name,
          slug: "fiche",
          description: "Réparation de **vélos** et de trottinettes.",
          placeId: donges.id,
          lat: centre.lat + 0.01,
          lng: centre.lng,
          approximate: false,
          address: "2 rue du Port",
          addressPublic: shown,
          soleTrader: false,
          source: "member",
        })
        .returning({ id: organisations.id })
        .get().id;
    const shop = insert("Cycles du Port", true);
    const home = insert("Cycles à domicile", false);
    db.transaction(() => embeddedWriter.organisationsChanged(db, [shop, home]));
    const near = { ...centre, radiusKm: 5 };
    const result = await engine.search({ text: "velos", near, types: ["organisation"] });
    const byId = new Map(result.hits.map((hit) => [hit.id, hit]));
    expect(byId.get(shop)).toMatchObject({ type: "organisation", approximate: false });
    expect(byId.get(shop)!.distanceKm).toBeCloseTo(1.1, 1);
    // The premises are not public: the commune's centre, nothing closer.
    expect(byId.get(home)).toMatchObject({ approximate: true, distanceKm: 0 });
    expect(byId.get(shop)!.snippet).toContain("<mark>vélos</mark>");
    expect(byId.get(shop)!.snippet).not.toContain("*");
    // Rebuilt with the questions.
    await rebuildEmbeddedIndex(db);
    expect((await engine.search({ text: "trottinettes" })).hits.map((hit) => hit.id)).toEqual(
      expect.arrayContaining([shop, home]),
    );
    db.delete(organisations).where(eq(organisations.id, home)).run();
    embeddedWriter.organisationsChanged(db, [home]);
    expect((await engine.search({ text: "trottinettes" })).hits.map((hit) => hit.id)).toEqual([
      shop,
    ]);
    expect(embeddedIndexIsBehind(db)).toBe(false);
  });

  it("sees an index written in an older format as behind, until it is rebuilt", async () => {
    expect(embeddedIndexIsBehind(db)).toBe(false);
    db.$client.prepare("UPDATE search_state SET value = 1 WHERE key = 'index_format'").run();
    expect(embeddedIndexIsBehind(db)).toBe(true);
    db.$client.prepare("DELETE FROM search_state WHERE key = 'index_format'").run();
    expect(embeddedIndexIsBehind(db)).toBe(true);
    await rebuildEmbeddedIndex(db);
    expect(embeddedIndexIsBehind(db)).toBe(false);
  });
});
