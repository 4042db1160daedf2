import { rebuildReputation } from "#app/models/reputation.server";
import { openDatabase } from "../client";
import { migrateDatabase } from "../migrate";

/**
 * Recomputes every member's reputation from the ledger and lists the members
 * whose cached total had drifted (there should be none).
 */
const databasePath = process.env.DATABASE_PATH || "./data/coupdemain.db";
const db = openDatabase(databasePath);
migrateDatabase(db);
const drifted = rebuildReputation(db);
if (drifted.length === 0) {
  console.log("Reputation matches the ledger for every member.");
} else {
  for (const row of drifted) {
    console.log(`${row.id}: cached ${row.cached}, ledger ${row.ledger} (now fixed)`);
  }
}
db.$client.close();
