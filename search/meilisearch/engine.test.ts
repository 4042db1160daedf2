/**
 * The Meilisearch engine against a real Meilisearch server: the shared
 * conformance suite (the same cases as the embedded engine), each run on a
 * fresh, uniquely named index deleted afterwards. Without MEILISEARCH_URL the
 * suite is reported as skipped, with the reason; it is never run against a
 * pretend server. The request mapping below needs no server: it tests our own
 * pure functions, not Meilisearch.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { insertQuestion } from "#app/models/questions/ask.server";
import { memberFactory } from "#test/members";
import { insertPlace } from "#test/factories";
import { openEmptyDatabase } from "#test/databases";
import { describeConformance } from "#test/search-conformance";
import type { SearchDocument } from "#search/engine";
import {
  createMeilisearchClient,
  createMeilisearchEngine,
  ensureSettings,
  INDEX_SETTINGS,
  MeilisearchTaskFailedError,
  settingsToUpdate,
  toHighlightedHtml,
  toMeiliDocument,
  toMeiliFilter,
  toMeiliQuery,
  type MeilisearchConfig,
} from "./engine";
import { rebuildMeilisearch } from "./rebuild";
import { embeddedStore } from "#test/store";

const MEILISEARCH_URL = process.env.MEILISEARCH_URL;

function freshConfig(): MeilisearchConfig & { indexName: string } {
  return {
    url: MEILISEARCH_URL ?? "",
    apiKey: process.env.MEILISEARCH_API_KEY,
    indexName: `questions_test_${randomUUID().replaceAll("-", "")}`,
  };
}

async function deleteIndex(config: MeilisearchConfig & { indexName: string }) {
  await createMeilisearchClient(config).deleteIndexIfExists(config.indexName);
}

const document: SearchDocument = {
  id: 1,
  slug: "qui-a-une-echelle",
  title: "Qui a une <échelle> & un escabeau ?",
  body: "Pour l'école, samedi.",
  acceptedAnswer: "",
  answers: "",
  tags: ["echelle"],
  kind: "help",
  category: "pret",
  solved: false,
  score: 0,
  answerCount: 0,
  placeId: 1,
  placeCode: "44052",
  placeName: "Donges",
  placeSlug: "donges-44480",
  lat: 47.32,
  lng: -2.07,
  createdAt: 1_780_000_000,
};

if (MEILISEARCH_URL) {
  describeConformance("meilisearch", async () => {
    const config = freshConfig();
    const engine = createMeilisearchEngine(config);
    return {
      engine,
      index: (documents: SearchDocument[]) => engine.upsert(documents),
      cleanup: () => deleteIndex(config),
    };
  });

  describe("meilisearch engine: what only Meilisearch does", () => {
    it("applies its settings once: a second check changes nothing", async () => {
      const config = freshConfig();
      const client = createMeilisearchClient(config);
      try {
        expect((await ensureSettings(client, config.indexName)).length).toBeGreaterThan(0);
        expect(await ensureSettings(client, config.indexName)).toEqual([]);
      } finally {
        await deleteIndex(config);
      }
    });

    it("fails the task of a batch holding a bad document, with the reason", async () => {
      const config = freshConfig();
      const engine = createMeilisearchEngine(config);
      try {
        await expect(
          engine.upsert([document, { ...document, id: 2, lat: Number.NaN }]),
        ).rejects.toBeInstanceOf(MeilisearchTaskFailedError);
        await engine.upsert([document]);
        const result = await engine.search({ text: "echelle" });
        expect(result.hits.map((hit) => hit.id)).toEqual([1]);
        expect(result.hits[0]?.highlightedTitle).toBe(
          "Qui a une &lt;<mark>échelle</mark>&gt; &amp; un escabeau ?",
        );
      } finally {
        await deleteIndex(config);
      }
    });

    it("rebuilds through a temporary index swapped with the live one", async () => {
      const config = freshConfig();
      const db = openEmptyDatabase();
      const store = embeddedStore(db);
      try {
        const place = insertPlace(db, { lat: 47.32, lng: -2.07 });
        const author = memberFactory(db)(place.id);
        const ask = (title: string) =>
          insertQuestion(store, {
            authorId: author.id,
            placeId: place.id,
            kind: "help",
            category: "pret",
            title,
            body: "",
            tags: [],
          }).id;
        const echelle = ask("Qui peut me prêter une échelle ?");
        // Already in the live index, but gone from the database: the rebuild drops it.
        const engine = createMeilisearchEngine(config);
        await engine.upsert([{ ...document, id: 999_999, title: "Tondeuse à prêter" }]);

        const steps: string[] = [];
        const report = await rebuildMeilisearch(db, config, {
          onProgress: ({ step, done }) => void (done === 0 && steps.push(step)),
        });

        expect(report).toEqual({ indexed: 1, caughtUp: 0 });
        expect(steps).toEqual(["index", "catch-up"]);
        expect((await engine.search({ text: "echelle" })).hits.map((hit) => hit.id)).toEqual([
          echelle,
        ]);
        expect((await engine.search({ text: "tondeuse" })).total).toBe(0);
        const { results } = await createMeilisearchClient(config).getRawIndexes({ limit: 1000 });
        const uids = results.map((index) => index.uid);
        expect(uids).toContain(config.indexName);
        expect(uids.filter((uid) => uid.startsWith(`${config.indexName}_tmp_`))).toEqual([]);
      } finally {
        db.$client.close();
        await deleteIndex(config);
      }
    });
  });
} else {
  describe.skip("meilisearch engine — skipped: MEILISEARCH_URL is not set — start a Meilisearch server and set it to run this suite", () => {
    it("passes the search conformance suite against a real Meilisearch server", () => {});
  });
}

describe("meilisearch request mapping (no server needed)", () => {
  it("drops French elisions and the characters Meilisearch reads as operators", () => {
    expect(toMeiliQuery("l'école d’Ambroise")).toBe("école Ambroise");
    expect(toMeiliQuery("Qu'il vienne jusqu'à LORSQU'ON part")).toBe("il vienne à ON part");
    expect(toMeiliQuery('  "porte-clés" -vélo  ')).toBe("porte clés vélo");
    // Words kept as typed: Meilisearch folds ligatures and accents itself.
    expect(toMeiliQuery("Cœur, vitamine d'")).toBe("Cœur vitamine d");
  });

  it("turns the filters into Meilisearch expressions, escaping the strings", () => {
    expect(
      toMeiliFilter({
        text: "",
        near: { lat: 47.32, lng: -2.07, radiusKm: 2.5 },
        kind: ["help", "offer"],
        category: ["pret"],
        tags: ['a"b\\c', "velo"],
        solved: false,
      }),
    ).toEqual([
      'type != "organisation"',
      "_geoRadius(47.32, -2.07, 2500)",
      'kind IN ["help", "offer"]',
      'category IN ["pret"]',
      'tags = "a\\"b\\\\c"',
      'tags = "velo"',
      "solved = false",
    ]);
    expect(toMeiliFilter({ text: "x", kind: [], solved: null })).toEqual([]);
  });

  it("filters listings by type, kind, category and hours, apart from questions' filters", () => {
    expect(toMeiliFilter({ text: "", types: ["organisation"] })).toEqual(['type = "organisation"']);
    expect(
      toMeiliFilter({
        text: "",
        organisationKind: ["commerce"],
        organisationCategory: ["boulangerie"],
        openAt: new Date(),
      }),
    ).toEqual([
      'type = "organisation"',
      'organisationKind IN ["commerce"]',
      'organisationCategory IN ["boulangerie"]',
      "hasHours = true",
    ]);
    expect(toMeiliFilter({ text: "", types: ["question", "organisation"] })).toEqual([]);
  });

  it("gives a listing its own id, and its kind and category their own names", () => {
    const listing = toMeiliDocument({
      type: "organisation",
      id: 7,
      slug: "au-fournil",
      title: "Au Fournil",
      tags: ["Commerce ou artisan", "Boulangerie, pâtisserie"],
      body: "Pain au levain.",
      kind: "commerce",
      category: "boulangerie",
      claimed: false,
      partner: false,
      approximate: true,
      openingHours: null,
      placeId: 1,
      placeCode: "44052",
      placeName: "Donges",
      placeSlug: "donges-44480",
      lat: 47.32,
      lng: -2.07,
      createdAt: 1_780_000_000,
    });
    expect(listing).toMatchObject({
      id: "o7",
      type: "organisation",
      organisationId: 7,
      organisationKind: "commerce",
      organisationCategory: "boulangerie",
      hasHours: false,
      solvedRank: 0,
      score: 0,
    });
    expect(listing).not.toHaveProperty("kind");
    expect(toMeiliDocument(document)).toMatchObject({ id: 1, type: "question" });
  });

  it("escapes the text around the highlights, never the highlights themselves", () => {
    expect(toHighlightedHtml("<b>\uE000école\uE001</b> & 'co'")).toBe(
      "&lt;b&gt;<mark>école</mark>&lt;/b&gt; &amp; &#39;co&#39;",
    );
    // Placeholder characters typed by a member never become markup.
    expect(toMeiliDocument({ ...document, title: "a\uE000b\uE001c" }).title).toBe("abc");
  });

  it("indexes the point as _geo and `solved` as a number for the ranking rule", () => {
    const meili = toMeiliDocument({ ...document, solved: true });
    expect(meili._geo).toEqual({ lat: 47.32, lng: -2.07 });
    expect(meili.solvedRank).toBe(1);
    expect(meili).not.toHaveProperty("lat");
  });

  it("updates only the settings that differ, ignoring set order and extra keys", () => {
    const current = {
      ...INDEX_SETTINGS,
      filterableAttributes: [...INDEX_SETTINGS.filterableAttributes].reverse(),
      typoTolerance: { ...INDEX_SETTINGS.typoTolerance, disableOnNumbers: false },
      displayedAttributes: ["*"],
    };
    expect(settingsToUpdate(current)).toEqual({});
    const reordered = { ...current, rankingRules: [...INDEX_SETTINGS.rankingRules].reverse() };
    expect(settingsToUpdate(reordered)).toEqual({ rankingRules: INDEX_SETTINGS.rankingRules });
  });
});
