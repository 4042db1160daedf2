/**
 * The engines the benchmark (scripts/bench/search.ts) compares, each set as
 * close to the others as it allows (docs/benchmarks.md says where they
 * differ): the embedded engine through the rebuild's own bulk loader,
 * Orama and MiniSearch.
 */
import type { QuestionDocument } from "#search/engine";
import { foldText } from "#app/domain/normalize";
import type { openDatabase } from "#db/client";
import type { BenchQuery } from "./search-queries";

export const ENGINES = ["embedded", "orama", "minisearch"] as const;
export type EngineName = (typeof ENGINES)[number];

/** What the benchmark needs of an engine: add documents, answer a query with a total. */
export type BenchEngine = {
  add(documents: QuestionDocument[]): void | Promise<void>;
  search(query: BenchQuery): number | Promise<number>;
  /** After the last batch (e.g. checkpoint the WAL). */
  settle?(): void | Promise<void>;
};

/** Meilisearch's typo rules, which the embedded engine follows: 1 typo from 5 letters, 2 from 9. */
const typosAllowed = (term: string) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0);

export async function openBenchEngine(
  name: EngineName,
  db: ReturnType<typeof openDatabase>,
  { hitsPerPage, reuseIndex }: { hitsPerPage: number; reuseIndex: boolean },
): Promise<BenchEngine> {
  if (name === "embedded") {
    const { createEmbeddedEngine } = await import("#search/embedded/engine");
    const { embeddedBulkLoader } = await import("#search/reindex");
    const engine = createEmbeddedEngine(db);
    // The rebuild's own path (search/reindex.ts): a transaction per batch,
    // the vocabulary and the merge of the index's b-trees at the end.
    const loader = reuseIndex ? null : embeddedBulkLoader(db.$client);
    return {
      add: (documents) => loader?.add(documents),
      search: async (query) =>
        (await engine.search({ text: query.text, near: query.near, limit: hitsPerPage })).total,
      async settle() {
        await loader?.finish();
        db.$client.pragma("wal_checkpoint(TRUNCATE)");
      },
    };
  }

  if (name === "orama") {
    const { create, insertMultiple, search } = await import("@orama/orama");
    const orama = create({
      schema: {
        title: "string",
        tags: "string[]",
        acceptedAnswer: "string",
        body: "string",
        answers: "string",
        kind: "enum",
        category: "enum",
        solved: "boolean",
        location: "geopoint",
      } as const,
      components: { tokenizer: { language: "french" } },
      // No sort by a field is benchmarked; Orama's sort index would only cost memory.
      sort: { enabled: false },
    });
    return {
      async add(documents) {
        await insertMultiple(
          orama,
          documents.map((doc) => ({
            id: String(doc.id),
            slug: doc.slug,
            title: doc.title,
            tags: doc.tags,
            acceptedAnswer: doc.acceptedAnswer,
            body: doc.body,
            answers: doc.answers,
            kind: doc.kind,
            category: doc.category,
            solved: doc.solved,
            location: { lat: doc.lat, lon: doc.lng },
            placeName: doc.placeName,
            score: doc.score,
            answerCount: doc.answerCount,
            createdAt: doc.createdAt,
          })),
          documents.length,
        );
      },
      async search(query) {
        // One tolerance for the whole query: Orama has no per-word typo rule, so
        // take what Meilisearch would allow its longest word. Every word is a prefix.
        const terms = foldText(query.text).split(" ");
        const results = await search(orama, {
          term: query.text,
          tolerance: Math.max(...terms.map(typosAllowed)),
          threshold: 0, // every word must match, like the embedded engine
          limit: hitsPerPage,
          boost: { title: 3 },
          facets: { kind: {}, category: {}, solved: { true: true, false: true } },
          ...(query.near
            ? {
                where: {
                  location: {
                    radius: {
                      coordinates: { lat: query.near.lat, lon: query.near.lng },
                      unit: "km",
                      value: query.near.radiusKm,
                      inside: true,
                    },
                  },
                },
              }
            : {}),
        });
        return results.count;
      },
    };
  }

  const { default: MiniSearch } = await import("minisearch");
  type Stored = Pick<QuestionDocument, "kind" | "category" | "solved" | "lat" | "lng">;
  const minisearch = new MiniSearch<QuestionDocument>({
    fields: ["title", "tags", "acceptedAnswer", "body", "answers"],
    storeFields: [
      "slug",
      "title",
      "kind",
      "category",
      "solved",
      "lat",
      "lng",
      "placeName",
      "score",
      "answerCount",
      "createdAt",
    ],
    extractField: (doc, field) => {
      const value = doc[field as keyof QuestionDocument];
      return Array.isArray(value) ? value.join(" ") : String(value);
    },
    processTerm: (term) => foldText(term) || null,
  });
  return {
    add: (documents) => minisearch.addAll(documents),
    search(query) {
      const near = query.near;
      const results = minisearch.search(query.text, {
        combineWith: "AND",
        boost: { title: 3 },
        fuzzy: (term) => typosAllowed(term) || false,
        maxFuzzy: 2,
        prefix: (_term, index, terms) => index === terms.length - 1,
        // MiniSearch has no geo index: the radius is a filter over every match.
        filter: near
          ? (result) => {
              const stored = result as unknown as Stored;
              return haversineKm(near.lat, near.lng, stored.lat, stored.lng) <= near.radiusKm;
            }
          : undefined,
      });
      // The facet counts every other engine returns, over all the matches.
      const facets = new Map<string, number>();
      for (const result of results) {
        const stored = result as unknown as Stored;
        for (const key of [
          `kind:${stored.kind}`,
          `category:${stored.category}`,
          `solved:${stored.solved}`,
        ]) {
          facets.set(key, (facets.get(key) ?? 0) + 1);
        }
      }
      return results.length;
    },
  };
}

function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const toRadians = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRadians;
  const dLng = (lng2 - lng1) * toRadians;
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(lat1 * toRadians) * Math.cos(lat2 * toRadians) * Math.sin(dLng / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
}
