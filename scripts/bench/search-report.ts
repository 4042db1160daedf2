/**
 * The benchmark's figures (scripts/bench/search.ts): what each engine's
 * process reports, and the Markdown tables printed from them (the ones
 * docs/benchmarks.md records).
 */
import type { EngineName } from "./search-engines";
import { QUERY_CLASSES, type BenchQuery, type QueryClass } from "./search-queries";

const MB = 1024 * 1024;

export type ClassLatency = {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Mean number of matching documents: a check that the engines agree roughly. */
  meanTotal: number;
  slowest: { text: string; near: BenchQuery["near"]; ms: number; total: number }[];
};

export type EngineReport = {
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

/** One class's timed queries: percentiles, the mean number of matches, the slowest three. */
export function summarize(runs: { ms: number; total: number; query: BenchQuery }[]): ClassLatency {
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

export function printReport(reports: EngineReport[], heapMb: number) {
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
