/**
 * Another process on a test database, for the tests where "another process"
 * is the point (backups, restores):
 *
 *   hold <db>                    opens it as the server does, reads, then stays open, idle;
 *   post <db> <author> <place>   asks questions one after another, printing `ack <id>`
 *                                once each is committed, until stopped.
 *
 * Prints `ready` once the database is open; `error <message>` then exits 1 on a failure.
 */
import { openDatabase } from "#db/client";
import { insertQuestion } from "#app/models/questions/ask.server";
import { embeddedStore } from "#test/store";

const [mode, databasePath, authorId, placeId] = process.argv.slice(2);
const db = openDatabase(databasePath!);
db.$client.prepare("SELECT count(*) FROM sqlite_schema").get();
console.log("ready");

if (mode === "post") {
  const store = embeddedStore(db);
  for (let n = 1; ; n++) {
    try {
      const { id } = insertQuestion(store, {
        authorId: authorId!,
        placeId: Number(placeId),
        kind: "question",
        category: "bricolage",
        title: `Question ${n} posée pendant la sauvegarde`,
        body: "Qui peut m'aider à réparer une chaise ?",
        tags: ["chaise"],
      });
      console.log(`ack ${id}`);
    } catch (error) {
      console.log(`error ${(error as Error).message}`);
      process.exit(1);
    }
    // Lets SIGTERM in between two posts.
    await new Promise((resolve) => setImmediate(resolve));
  }
} else if (mode === "hold") {
  setInterval(() => {}, 60_000);
} else {
  console.log(`error unknown mode ${mode}`);
  process.exit(1);
}
