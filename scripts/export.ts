import fs from "node:fs";
import { parseArgs } from "node:util";
import { exportCommunity } from "#app/models/transfer/export.server";
import { RECORD_TYPES } from "#app/models/transfer/records";
import { createProgress } from "#db/progress";
import { openCommandDatabase } from "./command-database";

/**
 * `npm run export -- <file.jsonl>`: writes the community as JSON Lines that
 * `npm run import` reads back (docs/import.md). The file holds members'
 * names and emails, so it is created readable by its owner only.
 */
const { positionals } = parseArgs({ allowPositionals: true });
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error("Usage: npm run export -- <file.jsonl>");
  process.exit(1);
}

const { db, databasePath } = openCommandDatabase();
console.log(`Exporting ${databasePath} to ${file}`);

const fd = fs.openSync(file, "w", 0o600);
const progress = createProgress();
let buffered: string[] = [];
const flush = () => {
  if (buffered.length) fs.writeSync(fd, buffered.join(""));
  buffered = [];
};
const counts = exportCommunity(
  db,
  (line) => {
    buffered.push(`${line}\n`);
    if (buffered.length >= 1000) flush();
  },
  {
    onProgress: progress.track("Exporting records"),
  },
);
flush();
fs.closeSync(fd);
progress.stop();
db.$client.close();

const summary = RECORD_TYPES.map(
  (type) => `${counts[type]} ${type}${counts[type] === 1 ? "" : "s"}`,
);
console.log(`Written: ${summary.join(", ")}.`);
console.log("This file contains personal data (names, emails): keep it safe, delete it when done.");
