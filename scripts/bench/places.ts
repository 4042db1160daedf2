import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getPlace, neighbouringPlaces, searchPlaces } from "#app/models/places/places.server";
import { openDatabase } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { importPlaces } from "#db/places/import";
import { createProgress } from "#db/progress";

/**
 * `npm run bench:places`: prints how long the places import takes (first and
 * repeated), and the latency of place search and neighbour queries. Figures,
 * not assertions: compare them across changes on the same machine.
 */
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-bench-"));
const db = openDatabase(path.join(folder, "bench.db"));
migrateDatabase(db);

const first = await importPlaces(db, createProgress());
const again = await importPlaces(db);
console.log(`import, empty database: ${first.durationMs} ms for ${first.places} places`);
console.log(`import, again (idempotent upsert): ${again.durationMs} ms`);

function measure(label: string, iterations: number, run: (i: number) => unknown) {
  const timings: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run(i);
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  const at = (q: number) =>
    timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!.toFixed(3);
  console.log(
    `${label.padEnd(34)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${at(1)} ms  (${iterations} runs)`,
  );
}

const queries = [
  "donges",
  "saint nazaire",
  "st etienne",
  "lavau",
  "44480",
  "44",
  "paris",
  "a",
  "montoir de b",
  "l hay",
];
measure("searchPlaces (mixed queries)", 2000, (i) =>
  searchPlaces(db, queries[i % queries.length]!, 10),
);
const donges = getPlace(db, "44052")!;
const paris = getPlace(db, "75056")!;
for (const radiusKm of [10, 25, 50, 100]) {
  measure(`neighbours of Donges, ${radiusKm} km`, 500, () =>
    neighbouringPlaces(db, donges, radiusKm),
  );
  measure(`neighbours of Paris, ${radiusKm} km`, 200, () =>
    neighbouringPlaces(db, paris, radiusKm),
  );
}

db.$client.close();
fs.rmSync(folder, { recursive: true, force: true });
