import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { desc, eq, isNull, sql } from "drizzle-orm";
import { openDatabase, type AppDatabase } from "#db/client";
import { answers, organisations, places, questions, sessions, users } from "#db/schema";

/**
 * `npm run bench:pages`: starts the production server (`npm run build`
 * first: this builds nothing) on a database, and drives it with autocannon
 * for each kind of page: a question, a place, the search page, a directory
 * listing, the home of a chosen commune and the JSON API, as visitors with
 * the page cache on, as visitors with it off (PAGE_CACHE_MB=0), and as a
 * signed-in member. Prints req/s, latency percentiles, the server's peak RSS
 * and the machine's load average; docs/benchmarks.md records the figures.
 *
 * Without --db it makes a fresh demo database in a temporary folder (the
 * first start imports the places of France and seeds the demo community).
 */

const { values: options } = parseArgs({
  options: {
    db: { type: "string" },
    connections: { type: "string", default: "50" },
    seconds: { type: "string", default: "10" },
    "warm-up": { type: "string", default: "3" },
    pages: { type: "string" },
    modes: { type: "string", default: "cached,uncached,member" },
  },
});

const CONNECTIONS = positiveInteger(options.connections, "--connections");
const SECONDS = positiveInteger(options.seconds, "--seconds");
const WARM_UP_SECONDS = positiveInteger(options["warm-up"], "--warm-up");
const MODES = ["cached", "uncached", "member"] as const;
type Mode = (typeof MODES)[number];

function positiveInteger(value: string | undefined, name: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    console.error(`${name} needs a positive whole number (got "${value}").`);
    process.exit(2);
  }
  return parsed;
}

type Target = { name: string; path: string; cookie?: string };

/** One page of each kind, chosen in the database: the busiest question, its place… */
function chooseTargets(db: AppDatabase): Target[] {
  const question = db
    .select({ id: questions.id, slug: questions.slug, placeId: questions.placeId })
    .from(questions)
    .where(isNull(questions.deletedAt))
    .orderBy(desc(questions.answerCount), desc(questions.id))
    .limit(1)
    .get();
  if (!question) throw new Error("The database has no question to measure.");
  const place = db
    .select({ code: places.code, slug: places.slug })
    .from(places)
    .where(eq(places.id, question.placeId))
    .get()!;
  const listing = db
    .select({ id: organisations.id, slug: organisations.slug })
    .from(organisations)
    .limit(1)
    .get();
  const targets: Target[] = [
    { name: "question", path: `/q/${question.id}/${question.slug}` },
    { name: "place", path: `/p/${place.slug}` },
    { name: "search", path: `/search?q=plombier&lieu=${place.slug}` },
    ...(listing ? [{ name: "listing", path: `/o/${listing.id}/${listing.slug}` }] : []),
    // The home of a visitor who chose a commune (its cookie, as the place page sets it).
    {
      name: "home (commune)",
      path: "/",
      cookie: `commune=${Buffer.from(JSON.stringify(place.code)).toString("base64")}`,
    },
    { name: "API question", path: `/api/v1/questions/${question.id}` },
  ];
  const wanted = options.pages?.split(",").map((name) => name.trim());
  return wanted ? targets.filter((target) => wanted.includes(target.name)) : targets;
}

/** A session row for the most active demo member: the cookie a signed-in member sends. */
function memberCookie(db: AppDatabase): string {
  const member = db
    .select({ id: users.id })
    .from(users)
    .innerJoin(answers, eq(answers.authorId, users.id))
    .groupBy(users.id)
    .orderBy(desc(sql`count(*)`))
    .limit(1)
    .get();
  if (!member) throw new Error("The database has no member with an answer.");
  const sessionId = randomBytes(20).toString("hex");
  db.insert(sessions)
    .values({
      id: sessionId,
      userId: member.id,
      expiresAt: Math.floor(Date.now() / 1000) + 86_400,
      createdAt: new Date(),
      userAgent: "bench:pages",
    })
    .run();
  return `cdm_session=${sessionId}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

type Server = { origin: string; child: ChildProcess; stop(): Promise<void> };

/** The production server as `npm start` runs it, in one Node process (RSS is its own). */
async function startServer(databasePath: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "app/main.server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: origin,
      DATABASE_PATH: databasePath,
      NOTIFICATION_EMAILS: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const remember = (chunk: Buffer) => {
    output += chunk;
    if (/Indexing|Importing|places/i.test(String(chunk))) process.stderr.write(chunk);
  };
  child.stdout!.on("data", remember);
  child.stderr!.on("data", remember);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.once("exit", () => child.kill("SIGKILL"));
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server stopped:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The server did not start:\n${output}`);
    const ready = await fetch(`${origin}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    child,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kib / 1024;
}

type Row = {
  mode: Mode;
  page: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  rssMiB: number;
  load: number;
};

async function drive(server: Server, target: Target, mode: Mode, memberCookieValue: string) {
  const cookie = [target.cookie, mode === "member" ? memberCookieValue : undefined]
    .filter(Boolean)
    .join("; ");
  const headers: Record<string, string> = {
    "accept-encoding": "br, gzip",
    "accept-language": "fr-FR,fr;q=0.9",
    ...(cookie ? { cookie } : {}),
  };
  const run = (seconds: number) =>
    autocannon({
      url: `${server.origin}${target.path}`,
      connections: CONNECTIONS,
      duration: seconds,
      // On a loaded machine a slow page is a figure to record, not an error.
      timeout: 30,
      headers,
    });
  process.stderr.write(`  ${mode.padEnd(8)} ${target.name.padEnd(15)} warming up…`);
  await run(WARM_UP_SECONDS);
  process.stderr.write(" measuring…");
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMiB(server.child.pid!));
  }, 200);
  const result = await run(SECONDS);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, rssMiB(server.child.pid!));
  process.stderr.write(` ${Math.round(result.requests.average)} req/s\n`);
  const row: Row = {
    mode,
    page: target.name,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p95: (result.latency as unknown as Record<string, number>).p97_5 ?? result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    rssMiB: peakRss,
    load: os.loadavg()[0]!,
  };
  return row;
}

function printTable(rows: Row[]) {
  const header =
    "| Who | Page | req/s | p50 ms | p97.5 ms | p99 ms | errors | non-2xx | peak RSS MiB | load (1 min) |";
  console.log(`\n${header}`);
  console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const row of rows) {
    console.log(
      `| ${row.mode} | ${row.page} | ${Math.round(row.rps)} | ${row.p50} | ${row.p95} | ${row.p99} | ` +
        `${row.errors} | ${row.non2xx} | ${Math.round(row.rssMiB)} | ${row.load.toFixed(2)} |`,
    );
  }
}

async function main() {
  if (!fs.existsSync("build/server/index.js")) {
    console.error("No build found: run `npm run build` first.");
    process.exit(1);
  }
  const modes = options.modes.split(",").map((mode) => mode.trim()) as Mode[];
  const unknown = modes.filter((mode) => !MODES.includes(mode));
  if (unknown.length > 0) {
    console.error(`Unknown mode(s): ${unknown.join(", ")}. Known: ${MODES.join(", ")}.`);
    process.exit(2);
  }
  const folder = options.db
    ? null
    : fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-bench-pages-"));
  const databasePath = options.db ?? path.join(folder!, "demo.db");
  process.on("SIGINT", () => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
    process.exit(130);
  });
  console.log(
    `bench:pages: ${CONNECTIONS} connections, ${WARM_UP_SECONDS} s warm-up + ${SECONDS} s a page; ` +
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}, ` +
      `load ${os
        .loadavg()
        .map((load) => load.toFixed(2))
        .join(" ")}`,
  );
  const rows: Row[] = [];
  // One server with the cache on (visitors, then members: they bypass it), one with it off.
  const runs: { env: Record<string, string>; modes: Mode[] }[] = [
    { env: {}, modes: modes.filter((mode) => mode !== "uncached") },
    { env: { PAGE_CACHE_MB: "0" }, modes: modes.filter((mode) => mode === "uncached") },
  ];
  for (const { env, modes: runModes } of runs) {
    if (runModes.length === 0) continue;
    process.stderr.write(`Starting the server on ${databasePath}…\n`);
    const server = await startServer(databasePath, { SEED_DEMO: "1", ...env });
    const db = openDatabase(databasePath);
    const targets = chooseTargets(db);
    const cookie = memberCookie(db);
    db.$client.close();
    for (const mode of runModes) {
      for (const target of targets) rows.push(await drive(server, target, mode, cookie));
    }
    await server.stop();
  }
  printTable(rows);
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
}

await main();
