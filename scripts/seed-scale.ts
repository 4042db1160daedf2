import fs from "node:fs";
import { parseArgs } from "node:util";
import { openDatabase } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { importPlaces } from "#db/places/import";
import { createProgress } from "#db/progress";
import { seedScale } from "./seed-scale/load";

/**
 * `npm run seed:scale -- --db FILE [--questions 1000000] [--members N] [--seed S]`:
 * a large, deterministic community in a database of its own, for
 * `npm run bench:pages` and `bench:search` at size (docs/benchmarks.md).
 */
const { values } = parseArgs({
  options: {
    db: { type: "string" },
    questions: { type: "string", default: "1000000" },
    members: { type: "string" },
    seed: { type: "string", default: "20260101" },
  },
});
const questions = Number(values.questions);
const members = values.members ? Number(values.members) : Math.max(10, Math.round(questions / 10));
const seed = Number(values.seed);
if (!values.db) fail("--db FILE is required: seed:scale never fills the app's own database.");
if (!Number.isSafeInteger(questions) || questions < 1)
  fail("--questions must be a positive whole number.");
if (!Number.isSafeInteger(members) || members < 10)
  fail("--members must be a whole number of at least 10.");
if (!Number.isSafeInteger(seed)) fail("--seed must be a whole number.");
if (fs.existsSync(values.db)) fail(`${values.db} exists: give a new file (it is created).`);

const startedAt = performance.now();
const db = openDatabase(values.db);
migrateDatabase(db);
const progress = createProgress();
await importPlaces(db, progress);
console.log(
  `Seeding ${questions} questions by ${members} members (seed ${seed}) into ${values.db}`,
);
const report = await seedScale(db, { questions, members, seed }, progress);
db.$client.pragma("wal_checkpoint(TRUNCATE)");
db.$client.close();
console.log("Rows:", report.rows);
console.log("Seconds by step:", report.seconds);
console.log(
  `Done in ${Math.round((performance.now() - startedAt) / 1000)} s; ${Math.round(fs.statSync(values.db).size / 2 ** 20)} MiB.`,
);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
