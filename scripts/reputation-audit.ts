import { rebuildReputation } from "#app/models/reputation/reputation.server";
import { openCommandDatabase } from "./command-database";

/**
 * Recomputes every member's reputation from the ledger and lists the members
 * whose cached total had drifted (there should be none).
 */
const { db } = openCommandDatabase();
const drifted = rebuildReputation(db);
if (drifted.length === 0) {
  console.log("Reputation matches the ledger for every member.");
} else {
  for (const row of drifted) {
    console.log(`${row.id}: cached ${row.cached}, ledger ${row.ledger} (now fixed)`);
  }
}
db.$client.close();
