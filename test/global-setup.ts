import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "#db/client";
import { prepareDatabase } from "#db/prepare";
import { silentProgress } from "#db/progress";

declare module "vitest" {
  export interface ProvidedContext {
    placesDatabasePath: string;
  }
}

/**
 * Imports the places of France once, into a temporary SQLite file that the
 * test files open (read-mostly); tests that write make their own copy.
 */
export default async function setup(project: TestProject) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-test-"));
  const databasePath = path.join(folder, "places.db");
  const db = openDatabase(databasePath);
  await prepareDatabase(db, silentProgress);
  db.$client.close();
  project.provide("placesDatabasePath", databasePath);
  return () => fs.rmSync(folder, { recursive: true, force: true });
}
