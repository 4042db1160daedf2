import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { openDatabase } from "#db/client";
import { importDirectory } from "#db/directory/import";
import { migrateDatabase } from "#db/migrate";
import { importPlaces } from "#db/places/import";
import { createProgress } from "#db/progress";

/**
 * `npm run bench:directory-import -- [--megabytes 1024] [--keep-file]`: writes
 * a SIRENE stock of the given size (the real header; nine lines in ten off
 * the allow-list, as in the real stock; the kept tenth spread over Loire-
 * Atlantique), imports it, and prints the time and the memory: resident
 * memory sampled every 100 ms, so a flat line shows the file is streamed
 * (the real stock is several GB; this machine has 24).
 */
const { values } = parseArgs({
  options: { megabytes: { type: "string", default: "1024" }, "keep-file": { type: "boolean" } },
});
const targetBytes = Number(values.megabytes) * 1024 * 1024;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-bench-directory-"));
const csvPath = path.join(folder, "StockEtablissement.csv");

const header = fs
  .readFileSync(
    new URL("../../test/fixtures/directory/StockEtablissement_extrait.csv", import.meta.url),
    "utf8",
  )
  .split("\n")[0]!;
const columns = header.split(",");
const COMMUNES = ["44052", "44103", "44080", "44184", "44109", "44143", "44162", "44190"];
const ACTIVITIES = [
  "64.20Z",
  "68.20A",
  "70.22Z",
  "46.90Z",
  "62.01Z",
  "41.20A",
  "49.41A",
  "01.11Z",
  "85.59A",
];
const KEPT = ["10.71C", "56.10A", "43.22A", "96.02A", "47.11B"];

function line(index: number) {
  const kept = index % 10 === 0;
  const siren = String(100_000_000 + index).padStart(9, "0");
  const record: Record<string, string> = {
    siren,
    nic: "00015",
    siret: `${siren}00015`,
    statutDiffusionEtablissement: "O",
    dateCreationEtablissement: "2012-05-01",
    etablissementSiege: "true",
    numeroVoieEtablissement: String(1 + (index % 120)),
    typeVoieEtablissement: "RUE",
    libelleVoieEtablissement: `DES LILAS ${index % 997}`,
    codePostalEtablissement: kept ? "44480" : "69001",
    libelleCommuneEtablissement: kept ? "DONGES" : "LYON 1ER ARRONDISSEMENT",
    codeCommuneEtablissement: kept ? COMMUNES[index % COMMUNES.length]! : "69381",
    coordonneeLambertAbscisseEtablissement: String(316_000 + (index % 1000)),
    coordonneeLambertOrdonneeEtablissement: String(6_703_000 + (index % 1000)),
    dateDebut: "2012-05-01",
    etatAdministratifEtablissement: "A",
    enseigne1Etablissement: `ENSEIGNE NUMERO ${index}`,
    activitePrincipaleEtablissement: kept
      ? KEPT[index % KEPT.length]!
      : ACTIVITIES[index % ACTIVITIES.length]!,
    nomenclatureActivitePrincipaleEtablissement: "NAFRev2",
    caractereEmployeurEtablissement: "N",
  };
  return columns.map((column) => record[column] ?? "").join(",") + "\n";
}

console.log(`Writing a ${values.megabytes} MB SIRENE stock in ${folder}…`);
const out = fs.createWriteStream(csvPath);
out.write(header + "\n");
let written = 0;
let lines = 0;
while (written < targetBytes) {
  const chunk = Array.from({ length: 1000 }, (_, i) => line(lines + i)).join("");
  lines += 1000;
  written += Buffer.byteLength(chunk);
  if (!out.write(chunk)) await once(out, "drain");
}
out.end();
await once(out, "finish");

const db = openDatabase(path.join(folder, "bench.db"));
migrateDatabase(db);
await importPlaces(db);

global.gc?.();
const baseline = process.memoryUsage().rss;
let peak = baseline;
const samples: number[] = [];
const sampler = setInterval(() => {
  const rss = process.memoryUsage().rss;
  peak = Math.max(peak, rss);
  samples.push(rss);
}, 100);
const report = await importDirectory(db, { sirene: csvPath, progress: createProgress() });
clearInterval(sampler);

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const quarter = Math.floor(samples.length / 4);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(`file: ${mb(fs.statSync(csvPath).size)}, ${lines} lines`);
console.log(
  `import: ${report.durationMs} ms (${(fs.statSync(csvPath).size / 1024 / 1024 / (report.durationMs / 1000)).toFixed(2)} MB/s), ${report.sirene?.written} listings written`,
);
console.log(`skipped: ${JSON.stringify(report.sirene?.skipped)}`);
console.log(
  `resident memory: ${mb(baseline)} before, peak ${mb(peak)} (+${mb(peak - baseline)}); median of the first quarter ${mb(median(samples.slice(0, quarter)))}, of the last quarter ${mb(median(samples.slice(-quarter)))}`,
);
db.$client.close();
if (!values["keep-file"]) fs.rmSync(folder, { recursive: true, force: true });
