import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { importCommunity } from "#app/models/transfer/import.server";
import { RECORD_TYPES } from "#app/models/transfer/records";
import { createSearch } from "#search/create-search";
import { createProgress } from "#db/progress";
import { searchSettings } from "#app/server/search.server";
import { openCommandDatabase } from "./command-database";

/**
 * `npm run import -- <file.jsonl> [--source name]`: brings a community in
 * (docs/import.md). The source defaults to the file name without extension;
 * importing the same file again changes nothing. Exits with 1 if a line failed.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { source: { type: "string" } },
});
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error("Usage: npm run import -- <file.jsonl> [--source name]");
  process.exit(1);
}
if (!fs.existsSync(file)) {
  console.error(`No such file: ${file}`);
  process.exit(1);
}
const source = values.source?.trim() || path.basename(file, path.extname(file));

/** Lines as readline will see them: newlines, plus a last line without one. */
async function countLines(filePath: string) {
  let lines = 0;
  let lastByte = 0x0a;
  for await (const chunk of fs.createReadStream(filePath)) {
    const bytes = chunk as Buffer;
    for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) lines += 1;
    if (bytes.length) lastByte = bytes[bytes.length - 1]!;
  }
  return lastByte === 0x0a ? lines : lines + 1;
}

const { db, env, databasePath } = openCommandDatabase();
// What is imported is indexed as it is written: in the embedded index, or
// through the outbox that the server's relay sends to Meilisearch.
const search = createSearch(db, searchSettings(env)).writer;
const placeCount = db.$client.prepare("SELECT count(*) FROM places").pluck().get() as number;
if (placeCount === 0) {
  console.error(`${databasePath} has no places yet: run \`npm run places:import\` first.`);
  process.exit(1);
}

console.log(`Importing ${file} into ${databasePath} (source "${source}")`);
const progress = createProgress();
progress.step("Importing lines", await countLines(file));
const report = await importCommunity(
  { db, search },
  readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity }),
  { source, onProgress: (done) => progress.update(done) },
);
progress.stop();
db.$client.close();

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const list = (counts: Record<(typeof RECORD_TYPES)[number], number>) =>
  RECORD_TYPES.map((type) => plural(counts[type], type)).join(", ");
console.log(`Created: ${list(report.created)}.`);
if (report.linkedMembers) {
  console.log(
    `Linked to existing accounts (same email): ${plural(report.linkedMembers, "member")}.`,
  );
}
console.log(`Already imported, skipped: ${list(report.skipped)}.`);
if (report.errors.length) {
  console.error(`${plural(report.errors.length, "line")} failed; nothing of them was stored:`);
  for (const error of report.errors) console.error(`line ${error.line}: ${error.reason}`);
  process.exitCode = 1;
} else {
  console.log(`${plural(report.lines, "line")} read, no errors.`);
}
