import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { importPlaces } from "#db/places/import";
import { createProgress } from "#db/progress";
import { createCorpus, loadCorpusPlaces, vocabularySize, type Corpus } from "./search-corpus";
import { ENGINES, openBenchEngine, type EngineName } from "./search-engines";
import { printReport, summarize, type ClassLatency, type EngineReport } from "./search-report";
import { buildQueryMix, QUERY_CLASSES, type BenchQuery, type QueryClass } from "./search-queries";

/**
 * `npm run bench:search -- --docs 100000`: indexes a synthetic French corpus
 * (scripts/bench/search-corpus.ts) into the embedded engine, then into Orama
 * and MiniSearch, the embedded JavaScript engines people pick instead
 * (search-engines.ts), runs a fixed mix of queries (search-queries.ts) and
 * prints indexing throughput, memory, and p50/p95/p99 latency per class of
 * query (search-report.ts). Figures, not assertions; docs/benchmarks.md
 * records them.
 *
 * Each engine runs in its own Node process (`--child`), with `--expose-gc`
 * and a heap limit, so its memory is measured alone and running out of memory
 * only ends that process: the engine is then retried with half the documents
 * ("the largest size each can hold"), and so is one too slow to finish.
 */

const BATCH_SIZE = 2000;
const HITS_PER_PAGE = 20;
const WARM_UP_PER_CLASS = 5;
/** Fewer timed queries per class than this and the engine counts as too slow at this size. */
const MIN_RUNS_PER_CLASS = 30;

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
  const engine = await openBenchEngine(engineName, db, {
    hitsPerPage: HITS_PER_PAGE,
    reuseIndex: Boolean(options["reuse-index"]),
  });

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

// Last, once every constant above is initialised.
if (options.child) {
  await runChild(options.child as EngineName);
} else {
  await runParent();
}
