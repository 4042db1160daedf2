import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { CATEGORIES } from "#app/domain/questions";
import type { SearchDocument } from "#search/engine";
import { foldText } from "#app/domain/normalize";
import { openDatabase } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { importPlaces } from "#db/places/import";
import { createProgress } from "#db/progress";
import {
  createCorpus,
  createRandom,
  loadCorpusPlaces,
  vocabularySize,
  type Corpus,
  type Random,
} from "./search-corpus";

/**
 * `npm run bench:search -- --docs 100000`: indexes a synthetic French corpus
 * (db/bench/search-corpus.ts) into the embedded engine, then into Orama and
 * MiniSearch, the embedded JavaScript engines people pick instead, and prints
 * indexing throughput, memory, and p50/p95/p99 latency per class of query.
 * Figures, not assertions; docs/benchmarks.md records them.
 *
 * Each engine runs in its own Node process (`--child`), with `--expose-gc`
 * and a heap limit, so its memory is measured alone and running out of memory
 * only ends that process: the engine is then retried with half the documents
 * ("the largest size each can hold"), and so is one too slow to finish.
 */

const ENGINES = ["embedded", "orama", "minisearch"] as const;
type EngineName = (typeof ENGINES)[number];

const QUERY_CLASSES = [
  "local-10km",
  "nationwide",
  "typo-1",
  "typo-2",
  "prefix-1-letter",
  "common-words",
] as const;
type QueryClass = (typeof QUERY_CLASSES)[number];

type BenchQuery = {
  queryClass: QueryClass;
  text: string;
  near: { lat: number; lng: number; radiusKm: number } | null;
};

type ClassLatency = {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Mean number of matching documents: a check that the engines agree roughly. */
  meanTotal: number;
  slowest: { text: string; near: BenchQuery["near"]; ms: number; total: number }[];
};

type EngineReport = {
  engine: EngineName;
  docs: number;
  /** Adding every document, plus `settleMs`. */
  indexMs: number;
  /** Work after the last batch (the embedded engine's optimize and checkpoint). */
  settleMs: number;
  generateMs: number;
  /** Heap still used once the documents are indexed and ours are dropped (after GC). */
  heapBytes: number;
  rssBytes: number;
  databaseBytesBefore: number | null;
  databaseBytesAfter: number | null;
  latency: Record<QueryClass, ClassLatency>;
};

/** What the benchmark needs of an engine: add documents, answer a query with a total. */
type BenchEngine = {
  add(documents: SearchDocument[]): void | Promise<void>;
  search(query: BenchQuery): number | Promise<number>;
  /** After the last batch (e.g. checkpoint the WAL). */
  settle?(): void | Promise<void>;
};

const BATCH_SIZE = 2000;
const HITS_PER_PAGE = 20;
const WARM_UP_PER_CLASS = 5;
/** Fewer timed queries per class than this and the engine counts as too slow at this size. */
const MIN_RUNS_PER_CLASS = 30;
const MB = 1024 * 1024;

const { values: options } = parseArgs({
  options: {
    docs: { type: "string", default: "100000" },
    engines: { type: "string", default: ENGINES.join(",") },
    queries: { type: "string", default: "200" },
    "heap-mb": { type: "string", default: "8192" },
    "timeout-min": { type: "string", default: "20" },
    "query-budget-min": { type: "string", default: "5" },
    keep: { type: "boolean", default: false },
    // A folder kept (--keep) by an earlier embedded run of the same --docs:
    // its index is searched again, not rebuilt (to measure a change of query code).
    "reuse-index": { type: "string" },
    // Search the embedded index without reading its file first (see warmOsCache).
    "cold-cache": { type: "boolean", default: false },
    // Internal: one engine's run, in its own process.
    child: { type: "string" },
    folder: { type: "string" },
    "deadline-ms": { type: "string" },
  },
});

const docCount = positiveInteger(options.docs, "--docs");
const queriesPerClass = positiveInteger(options.queries, "--queries");
const queryBudgetMs = positiveInteger(options["query-budget-min"], "--query-budget-min") * 60_000;

function positiveInteger(value: string | undefined, name: string): number {
  const parsed = Number(String(value).replaceAll("_", ""));
  if (!Number.isInteger(parsed) || parsed <= 0) {
    console.error(`${name} needs a positive whole number (got "${value}").`);
    process.exit(2);
  }
  return parsed;
}

// ---------------------------------------------------------------------------
// The parent: prepares the database, runs each engine in a child, prints tables

async function runParent() {
  const engines = options.engines!.split(",").map((name) => name.trim()) as EngineName[];
  const unknown = engines.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0) {
    console.error(`Unknown engine(s): ${unknown.join(", ")}. Known: ${ENGINES.join(", ")}.`);
    process.exit(2);
  }
  const heapMb = positiveInteger(options["heap-mb"], "--heap-mb");
  const timeoutMs = positiveInteger(options["timeout-min"], "--timeout-min") * 60_000;
  const reused = options["reuse-index"];
  if (
    reused &&
    (engines.join(",") !== "embedded" || !fs.existsSync(path.join(reused, "bench.db")))
  ) {
    console.error(
      "--reuse-index needs --engines embedded and a folder with bench.db (from --keep).",
    );
    process.exit(2);
  }

  const folder = reused ?? fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-bench-search-"));
  const cleanUp = () => {
    if (!options.keep && !reused) fs.rmSync(folder, { recursive: true, force: true });
  };
  process.on("SIGINT", () => {
    cleanUp();
    process.exit(130);
  });

  console.log(
    `bench:search: ${docCount.toLocaleString("en")} documents, ${queriesPerClass} queries per class, ` +
      `engines ${engines.join(", ")}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}`,
  );
  const db = openDatabase(path.join(folder, "bench.db"));
  if (!reused) {
    migrateDatabase(db);
    await importPlaces(db, createProgress());
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
  }
  describeCorpus(createCorpus(loadCorpusPlaces(db)));
  db.$client.close();

  const reports: EngineReport[] = [];
  for (const engine of engines) {
    let size = docCount;
    for (;;) {
      const outcome = await runInChild(engine, size, folder, heapMb, timeoutMs);
      if (outcome.report) {
        reports.push(outcome.report);
        break;
      }
      const half = Math.floor(size / 2);
      // The embedded engine is the one under test: its failure is reported, not hidden.
      if (engine === "embedded" || half < 1000) {
        console.log(`  ${engine}: ${outcome.failure} at ${size.toLocaleString("en")} documents.`);
        break;
      }
      console.log(
        `  ${engine}: ${outcome.failure} at ${size.toLocaleString("en")} documents; retrying with ${half.toLocaleString("en")}.`,
      );
      size = half;
    }
  }
  printReport(reports, heapMb);
  cleanUp();
}

function describeCorpus(corpus: Corpus) {
  const sample = corpus.slice(0, 2000);
  const chars = sample.reduce(
    (sum, doc) =>
      sum + doc.title.length + doc.body.length + doc.acceptedAnswer.length + doc.answers.length,
    0,
  );
  const accepted = sample.filter((doc) => doc.acceptedAnswer).length;
  console.log(
    `corpus: ${vocabularySize().toLocaleString("en")} distinct words and phrases, ` +
      `~${Math.round(chars / sample.length)} characters of text a question (answers included), ` +
      `${Math.round((accepted / sample.length) * 100)} % with an accepted answer (first 2,000 documents)`,
  );
}

function runInChild(
  engine: EngineName,
  docs: number,
  folder: string,
  heapMb: number,
  timeoutMs: number,
): Promise<{ report?: EngineReport; failure?: string }> {
  const resultPath = path.join(folder, `${engine}-${docs}.json`);
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      "--expose-gc",
      `--max-old-space-size=${heapMb}`,
      process.argv[1]!,
      ...["--child", engine, "--docs", String(docs), "--queries", String(queriesPerClass)],
      ...["--query-budget-min", String(queryBudgetMs / 60_000)],
      ...["--folder", folder, "--deadline-ms", String(Date.now() + timeoutMs)],
      ...(options["reuse-index"] ? ["--reuse-index", options["reuse-index"]] : []),
      ...(options["cold-cache"] ? ["--cold-cache"] : []),
    ],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  return new Promise((resolve) => {
    let timedOut = false;
    // The embedded engine has no time limit: its figures are the point of the run.
    const timer =
      engine === "embedded"
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill("SIGKILL");
          }, timeoutMs + 30_000);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && fs.existsSync(resultPath)) {
        resolve({ report: JSON.parse(fs.readFileSync(resultPath, "utf8")) as EngineReport });
      } else if (timedOut) {
        resolve({ failure: `too slow (over ${timeoutMs / 60_000} min)` });
      } else if (code === EXIT_TOO_SLOW) {
        resolve({ failure: "too slow (see above)" });
      } else {
        // V8 aborts (SIGABRT, 134) when the heap limit is reached.
        const outOfMemory = signal === "SIGABRT" || code === 134;
        resolve({
          failure: outOfMemory
            ? `out of memory (heap limit ${heapMb} MB)`
            : `failed (exit ${code ?? signal})`,
        });
      }
    });
  });
}

// ---------------------------------------------------------------------------
// A child: one engine, one size

const EXIT_TOO_SLOW = 3;

async function runChild(engineName: EngineName) {
  const gc = (globalThis as { gc?: () => void }).gc;
  const collect = () => {
    gc?.();
    gc?.();
  };
  const folder = options.folder!;
  const deadline = Number(options["deadline-ms"] ?? Infinity);
  const databasePath = path.join(folder, "bench.db");
  const db = openDatabase(databasePath);
  const corpus = createCorpus(loadCorpusPlaces(db));
  const queries = buildQueryMix(corpus, queriesPerClass, 1);
  const warmUp = buildQueryMix(corpus, WARM_UP_PER_CLASS, 2);

  const databaseBytes = () =>
    ["", "-wal"].reduce((sum, suffix) => {
      const file = databasePath + suffix;
      return sum + (fs.existsSync(file) ? fs.statSync(file).size : 0);
    }, 0);
  const databaseBytesBefore = engineName === "embedded" ? databaseBytes() : null;

  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const engine = await openBenchEngine(engineName, db);

  const progress = createProgress();
  progress.step(`${engineName}: indexing`, docCount);
  let indexMs = 0;
  let generateMs = 0;
  let startedAt = performance.now();
  for (let from = 0; from < (options["reuse-index"] ? 0 : docCount); from += BATCH_SIZE) {
    const generatedAt = performance.now();
    const batch = corpus.slice(from, Math.min(from + BATCH_SIZE, docCount));
    const indexedAt = performance.now();
    generateMs += indexedAt - generatedAt;
    await engine.add(batch);
    indexMs += performance.now() - indexedAt;
    const done = from + batch.length;
    progress.update(done);
    // Another engine gives up early when its pace says this size cannot finish
    // in time; the embedded engine, the one under test, always finishes.
    const projected = Date.now() + ((performance.now() - startedAt) / done) * (docCount - done);
    if (engineName !== "embedded" && done >= docCount / 20 && projected > deadline) {
      progress.stop();
      console.log(
        `  ${engineName}: indexing ${docCount.toLocaleString("en")} documents would not finish in time ` +
          `(${done.toLocaleString("en")} in ${((performance.now() - startedAt) / 1000).toFixed(0)} s).`,
      );
      process.exit(EXIT_TOO_SLOW);
    }
  }
  const settledAt = performance.now();
  if (!options["reuse-index"]) await engine.settle?.();
  const settleMs = performance.now() - settledAt;
  indexMs += settleMs;
  // Not indexed here: the tables say "reused" instead of a time.
  if (options["reuse-index"]) indexMs = 0;
  progress.stop();
  collect();
  const memory = process.memoryUsage();
  const databaseBytesAfter = engineName === "embedded" ? databaseBytes() : null;
  if (options["reuse-index"]) console.log(`  ${engineName}: index reused, not timed.`);
  else
    console.log(
      `  ${engineName}: ${docCount.toLocaleString("en")} documents indexed in ${(indexMs / 1000).toFixed(1)} s ` +
        `(${Math.round(docCount / (indexMs / 1000)).toLocaleString("en")} docs/s` +
        (settleMs >= 1 ? `, of which ${(settleMs / 1000).toFixed(1)} s after the last batch` : "") +
        `; generating them took ${(generateMs / 1000).toFixed(1)} s more)`,
    );

  if (engineName === "embedded" && !options["cold-cache"]) warmOsCache(databasePath);
  // Warm-up, untimed; then the mix until done or out of budget. The mix is
  // shuffled, so stopping early still leaves every class a fair sample.
  for (const query of warmUp) await engine.search(query);
  progress.step(`${engineName}: queries`, queries.length);
  const timings = new Map<QueryClass, { ms: number; total: number; query: BenchQuery }[]>(
    QUERY_CLASSES.map((queryClass) => [queryClass, []]),
  );
  startedAt = performance.now();
  const budgetMs =
    engineName === "embedded"
      ? queryBudgetMs
      : Math.min(queryBudgetMs, Math.max(0, deadline - Date.now()));
  for (const [i, query] of queries.entries()) {
    const start = performance.now();
    const pending = engine.search(query);
    const total = typeof pending === "number" ? pending : await pending;
    timings.get(query.queryClass)!.push({ ms: performance.now() - start, total, query });
    progress.update(i + 1);
    const elapsed = performance.now() - startedAt;
    const fewestRuns = Math.min(...[...timings.values()].map((list) => list.length));
    const fitting = (((i + 1) / elapsed) * budgetMs) / QUERY_CLASSES.length;
    // The embedded engine is measured whatever it takes; another engine too
    // slow for a fair sample at this size is retried with fewer documents.
    if (engineName !== "embedded" && elapsed > budgetMs / 10 && fitting < MIN_RUNS_PER_CLASS) {
      progress.stop();
      console.log(
        `  ${engineName}: fewer than ${MIN_RUNS_PER_CLASS} queries per class would fit in ${Math.round(budgetMs / 1000)} s.`,
      );
      process.exit(EXIT_TOO_SLOW);
    }
    if (elapsed > budgetMs && fewestRuns >= MIN_RUNS_PER_CLASS) {
      progress.stop();
      console.log(
        `  ${engineName}: query budget spent after ${i + 1} of ${queries.length} queries.`,
      );
      break;
    }
  }
  progress.stop();

  const report: EngineReport = {
    engine: engineName,
    docs: docCount,
    indexMs,
    settleMs,
    generateMs,
    heapBytes: memory.heapUsed - heapBefore,
    rssBytes: memory.rss,
    databaseBytesBefore,
    databaseBytesAfter,
    latency: Object.fromEntries(
      [...timings].map(([queryClass, runs]) => [queryClass, summarize(runs)]),
    ) as Record<QueryClass, ClassLatency>,
  };
  fs.writeFileSync(path.join(folder, `${engineName}-${docCount}.json`), JSON.stringify(report));
  db.$client.close();
}

/**
 * Reads the database file once, so the OS page cache holds it as it does a
 * running server's index. This machine's host reclaims the cache of files
 * left unread for a few minutes, and a reused index (--reuse-index) would
 * otherwise be searched from the disk: --cold-cache measures that instead.
 */
function warmOsCache(file: string) {
  const startedAt = performance.now();
  const buffer = Buffer.alloc(8 * 1024 * 1024);
  const descriptor = fs.openSync(file, "r");
  try {
    while (fs.readSync(descriptor, buffer, 0, buffer.length, null) > 0);
  } finally {
    fs.closeSync(descriptor);
  }
  console.log(
    `  embedded: database file read once in ${((performance.now() - startedAt) / 1000).toFixed(1)} s (OS page cache; --cold-cache skips it).`,
  );
}

function summarize(runs: { ms: number; total: number; query: BenchQuery }[]): ClassLatency {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.ms;
  return {
    runs: runs.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted[sorted.length - 1]!.ms,
    meanTotal: runs.reduce((sum, run) => sum + run.total, 0) / runs.length,
    slowest: sorted
      .slice(-3)
      .reverse()
      .map((run) => ({ text: run.query.text, near: run.query.near, ms: run.ms, total: run.total })),
  };
}

// ---------------------------------------------------------------------------
// The engines, with settings as close as each allows

/** Meilisearch's typo rules, which the embedded engine follows: 1 typo from 5 letters, 2 from 9. */
const typosAllowed = (term: string) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0);

async function openBenchEngine(
  name: EngineName,
  db: ReturnType<typeof openDatabase>,
): Promise<BenchEngine> {
  if (name === "embedded") {
    const { createEmbeddedEngine } = await import("#search/embedded/engine");
    const { embeddedBulkLoader } = await import("#search/reindex");
    const engine = createEmbeddedEngine(db);
    // The rebuild's own path (search/reindex.ts): a transaction per batch,
    // the vocabulary and the merge of the index's b-trees at the end.
    const loader = options["reuse-index"] ? null : embeddedBulkLoader(db.$client);
    return {
      add: (documents) => loader?.add(documents),
      search: async (query) =>
        (await engine.search({ text: query.text, near: query.near, limit: HITS_PER_PAGE })).total,
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
          limit: HITS_PER_PAGE,
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
  type Stored = Pick<SearchDocument, "kind" | "category" | "solved" | "lat" | "lng">;
  const minisearch = new MiniSearch<SearchDocument>({
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
      const value = doc[field as keyof SearchDocument];
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

// ---------------------------------------------------------------------------
// The fixed query mix

const COMMON_WORD_QUERIES = [
  "le la de",
  "de la",
  "les des et",
  "pour un",
  "il y a",
  "et le la",
  "dans les",
  "pour la",
  "avec des",
  "je suis",
];

/**
 * `perClass` queries of each class, derived from the corpus's own vocabulary
 * and frequencies, in a deterministic mixed order. Typos are made on folded
 * words, never on the first letter (which Meilisearch counts twice), and never
 * produce another word of the vocabulary.
 */
function buildQueryMix(corpus: Corpus, perClass: number, seed: number): BenchQuery[] {
  const random = createRandom(seed * 7919);
  const known = new Set(
    [
      ...corpus.vocabulary.contentWords,
      ...corpus.vocabulary.verbs,
      ...corpus.vocabulary.functionWords,
    ].flatMap((word) => foldText(word).split(" ")),
  );
  const populous = corpus.places.items.filter((place) => place.population >= 20_000);
  const populousTotal = populous.reduce((sum, place) => sum + place.population, 0);
  const pickPopulous = () => {
    let target = random.next() * populousTotal;
    for (const place of populous) {
      target -= place.population;
      if (target <= 0) return place;
    }
    return populous[populous.length - 1]!;
  };
  const someWords = () => {
    const category = random.pick(CATEGORIES);
    const first = corpus.contentWord(random, category);
    return random.chance(0.5) ? first : `${first} ${corpus.contentWord(random, category)}`;
  };
  /** A single folded word of the vocabulary whose length is within [min, max]. */
  const wordOfLength = (min: number, max: number) => {
    for (;;) {
      const word = foldText(corpus.contentWord(random, random.pick(CATEGORIES)));
      if (
        !word.includes(" ") &&
        /^[a-z]+$/.test(word) &&
        word.length >= min &&
        word.length <= max
      ) {
        return word;
      }
    }
  };
  const withTypos = (word: string, edits: number) => {
    for (;;) {
      let typed = word;
      for (let i = 0; i < edits; i++) typed = oneEdit(typed, random);
      if (!known.has(typed) && levenshtein(word, typed) === edits) return typed;
    }
  };
  const withContext = (typed: string) =>
    random.chance(0.5) ? typed : `${foldText(someWords().split(" ")[0]!)} ${typed}`;

  const queries: BenchQuery[] = [];
  for (let i = 0; i < perClass; i++) {
    const place = pickPopulous();
    queries.push({
      queryClass: "local-10km",
      text: someWords(),
      near: {
        lat: place.lat + (random.next() - 0.5) * 0.02,
        lng: place.lng + (random.next() - 0.5) * 0.03,
        radiusKm: 10,
      },
    });
    queries.push({ queryClass: "nationwide", text: someWords(), near: null });
    queries.push({
      queryClass: "typo-1",
      text: withContext(withTypos(wordOfLength(5, 8), 1)),
      near: null,
    });
    queries.push({
      queryClass: "typo-2",
      text: withContext(withTypos(wordOfLength(9, 30), 2)),
      near: null,
    });
    const letter = foldText(corpus.contentWord(random, random.pick(CATEGORIES)))[0]!;
    queries.push({
      queryClass: "prefix-1-letter",
      text: `${corpus.contentWord(random, random.pick(CATEGORIES))} ${letter}`,
      near: null,
    });
    queries.push({
      queryClass: "common-words",
      text: COMMON_WORD_QUERIES[i % COMMON_WORD_QUERIES.length]!,
      near: null,
    });
  }
  // A fixed shuffle, so no class runs with caches warmed only by its own kind.
  for (let i = queries.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [queries[i], queries[j]] = [queries[j]!, queries[i]!];
  }
  return queries;
}

/** Substitutes, deletes or inserts one letter, or swaps two (never the first letter). */
function oneEdit(word: string, random: Random): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const at = random.int(1, word.length - 1);
  switch (random.int(0, 2)) {
    case 0:
      return word.slice(0, at) + random.pick([...letters]) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    default:
      return word.slice(0, at) + random.pick([...letters]) + word.slice(at);
  }
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

// ---------------------------------------------------------------------------
// The report

function printReport(reports: EngineReport[], heapMb: number) {
  if (reports.length === 0) {
    console.log("\nNo engine finished: nothing to report.");
    return;
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const megabytes = (bytes: number | null) =>
    bytes === null ? "—" : `${Math.round(bytes / MB)} MB`;
  const ms = (value: number) =>
    value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
  const table = (header: string[], rows: string[][]) => {
    console.log(`| ${header.join(" | ")} |`);
    console.log(`| ${header.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`);
    for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  };

  console.log("\n### Indexing and memory\n");
  table(
    [
      "engine",
      "documents",
      "index time",
      "docs/s",
      "JS heap after indexing",
      "RSS",
      "database file before → after",
    ],
    reports.map((report) => [
      report.engine,
      report.docs.toLocaleString("en"),
      report.indexMs === 0 ? "reused" : seconds(report.indexMs),
      report.indexMs === 0
        ? "—"
        : Math.round(report.docs / (report.indexMs / 1000)).toLocaleString("en"),
      megabytes(report.heapBytes),
      megabytes(report.rssBytes),
      report.databaseBytesBefore === null
        ? "—"
        : `${megabytes(report.databaseBytesBefore)} → ${megabytes(report.databaseBytesAfter)}`,
    ]),
  );

  console.log("\n### Latency, ms: p50 / p95 / p99 (mean matches)\n");
  table(
    [
      "query class",
      ...reports.map(
        (report) =>
          `${report.engine} (${report.docs.toLocaleString("en")} docs, ` +
          `${Math.min(...QUERY_CLASSES.map((queryClass) => report.latency[queryClass].runs))} queries a class)`,
      ),
    ],
    QUERY_CLASSES.map((queryClass) => [
      queryClass,
      ...reports.map((report) => {
        const latency = report.latency[queryClass];
        return `${ms(latency.p50)} / ${ms(latency.p95)} / ${ms(latency.p99)} (${Math.round(latency.meanTotal).toLocaleString("en")})`;
      }),
    ]),
  );

  const embedded = reports.find((report) => report.engine === "embedded");
  const others = reports.filter((report) => report.engine !== "embedded");
  if (embedded && others.length > 0) {
    console.log(
      "\n### p95 of the other engine ÷ p95 of the embedded engine (> 1: embedded faster)\n",
    );
    table(
      [
        "query class",
        ...others.map((report) => `${report.engine} (${report.docs.toLocaleString("en")})`),
      ],
      QUERY_CLASSES.map((queryClass) => [
        queryClass,
        ...others.map(
          (report) =>
            `${(report.latency[queryClass].p95 / embedded.latency[queryClass].p95).toFixed(1)}×`,
        ),
      ]),
    );
    const mixedSizes = others.filter((report) => report.docs !== embedded.docs);
    if (mixedSizes.length > 0) {
      console.log(
        `\n(${mixedSizes.map((report) => report.engine).join(", ")} could not hold ${embedded.docs.toLocaleString("en")} documents ` +
          `with a ${heapMb} MB heap or in time: the ratio compares it at its own size, which flatters it.)`,
      );
    }
  }

  if (embedded) {
    console.log(
      `\n### Embedded engine: targets (set for 1,000,000 documents; this run: ${embedded.docs.toLocaleString("en")})\n`,
    );
    const docsPerSecond = embedded.docs / (embedded.indexMs / 1000);
    const check = (label: string, value: string, met: boolean) =>
      console.log(`- ${label}: ${value} — ${met ? "met" : "NOT met"}`);
    check(
      "local-10km p95 ≤ 10 ms",
      `${ms(embedded.latency["local-10km"].p95)} ms`,
      embedded.latency["local-10km"].p95 <= 10,
    );
    check(
      "nationwide p95 ≤ 30 ms",
      `${ms(embedded.latency.nationwide.p95)} ms`,
      embedded.latency.nationwide.p95 <= 30,
    );
    if (embedded.indexMs > 0) {
      check(
        "indexing ≥ 5,000 docs/s",
        `${Math.round(docsPerSecond).toLocaleString("en")} docs/s`,
        docsPerSecond >= 5000,
      );
    }

    console.log("\n### Embedded engine: slowest queries per class\n");
    for (const queryClass of QUERY_CLASSES) {
      const slowest = embedded.latency[queryClass].slowest
        .map(
          (run) =>
            `"${run.text}"${run.near ? ` near ${run.near.lat.toFixed(3)},${run.near.lng.toFixed(3)}` : ""} ${ms(run.ms)} ms (${run.total.toLocaleString("en")} matches)`,
        )
        .join("; ");
      console.log(`- ${queryClass}: ${slowest}`);
    }
  }
}

// Last, once every constant above is initialised.
if (options.child) {
  await runChild(options.child as EngineName);
} else {
  await runParent();
}
