/**
 * A member taking a deal from another process, on its own connection to the
 * same SQLite file (deals.server.test.ts starts several at once): it opens
 * the file, says it is ready, and takes the deal when told to go.
 */
import { openDatabase } from "#db/client";
import { takeDeal } from "./deals.server";

const [databasePath = "", dealId = "", userId = "", at = ""] = process.argv.slice(2);
const db = openDatabase(databasePath);
process.once("message", () => {
  const outcome = takeDeal(db, userId, Number(dealId), new Date(at));
  db.$client.close();
  const reply = outcome.ok ? { ok: true } : { ok: false, reason: outcome.refusal.reason };
  process.send!(reply, undefined, {}, () => process.exit(0));
});
process.send!("ready");
