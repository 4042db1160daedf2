import fs from "node:fs";
import { parseArgs } from "node:util";
import { importDirectory, type SourceReport } from "#db/directory/import";
import { createProgress } from "#db/progress";
import { openCommandDatabase } from "./command-database";

/**
 * `npm run directory:import -- --rna <file.csv> --sirene <file.csv> [--departments 44,33]`:
 * seeds the directory from the association register (RNA « waldec » file)
 * and INSEE's establishment stock (SIRENE `StockEtablissement`), either file
 * alone or both. Importing again refreshes the listings, never duplicates them.
 */
const usage =
  "Usage: npm run directory:import -- [--rna <rna_waldec.csv>] [--sirene <StockEtablissement.csv>] [--departments 44,33]";
const { values } = parseArgs({
  options: {
    rna: { type: "string" },
    sirene: { type: "string" },
    departments: { type: "string" },
  },
});
if (!values.rna && !values.sirene) {
  console.error(usage);
  process.exit(1);
}
for (const file of [values.rna, values.sirene]) {
  if (file && !fs.existsSync(file)) {
    console.error(`No such file: ${file}`);
    process.exit(1);
  }
}
const departments = values.departments
  ?.split(",")
  .map((code) => code.trim().toUpperCase())
  .filter(Boolean);
if (departments?.some((code) => !/^(\d{2}|2A|2B|97\d)$/.test(code))) {
  console.error(`Departments are codes such as 44, 2A or 974: ${values.departments}`);
  process.exit(1);
}

const { db, databasePath } = openCommandDatabase();
console.log(`Importing the directory into ${databasePath}`);
const report = await importDirectory(db, {
  rna: values.rna,
  sirene: values.sirene,
  departments,
  progress: createProgress(),
});
db.$client.close();

function describe(label: string, source: SourceReport | undefined) {
  if (!source) return;
  console.log(
    `${label}: ${source.read} lines read (${source.encoding ?? "empty"}), ${source.written} listings written`,
  );
  for (const [reason, count] of Object.entries(source.skipped)) {
    console.log(`  skipped, ${reason}: ${count}`);
  }
  for (const example of source.examples.slice(0, 10)) {
    console.log(`    line ${example.line}: ${example.id || "(no id)"} (${example.reason})`);
  }
}
describe("Associations (RNA)", report.rna);
describe("Establishments (SIRENE)", report.sirene);
console.log(`Done in ${report.durationMs} ms.`);
