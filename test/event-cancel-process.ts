/**
 * One member cancelling their registration from its own process, for the
 * waiting list's concurrency test: `<db> <event> <occurrence> <member> <at>`
 * opens the database, waits until `at` (ms since the epoch) so that all
 * processes start together, cancels, and prints `promoted <ids…>`.
 */
import { openDatabase } from "#db/client";
import { cancelRegistration } from "#app/models/events/registrations.server";

const [databasePath, eventId, occurrence, memberId, at] = process.argv.slice(2);
const db = openDatabase(databasePath!);
db.$client.prepare("SELECT count(*) FROM event_registrations").get();
const wait = Number(at) - Date.now();
if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
const outcome = cancelRegistration(db, memberId!, Number(eventId), occurrence!);
console.log(outcome.ok ? `promoted ${outcome.promoted.join(" ")}` : "refused");
db.$client.close();
