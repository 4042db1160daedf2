import { hashPassword } from "#app/utils/password.server";
import { embeddedIndexIsBehind, rebuildEmbeddedIndex } from "#search/reindex";
import { openDatabase } from "../client";
import { prepareDatabase } from "../prepare";
import { createProgress } from "../progress";
import { seedDemoData } from "../seed/demo";

/**
 * Run before `npm run dev`: migrate, import places, load the demo data and
 * (re)build the embedded search index when it is behind, as `npm start` does.
 */
const db = openDatabase(process.env.DATABASE_PATH || "./data/coupdemain.db");
await prepareDatabase(db, createProgress(), {
  seedDemo:
    process.env.SEED_DEMO === "0" ? undefined : (target) => seedDemoData(target, hashPassword),
});
// With Meilisearch, its outbox relay (npm start) or `npm run search:reindex` fills it.
if (!process.env.MEILISEARCH_URL && embeddedIndexIsBehind(db)) {
  const progress = createProgress();
  const { indexed, ms } = await rebuildEmbeddedIndex(db, {
    onProgress: progress.track("Indexing questions"),
  });
  progress.stop();
  console.log(`${indexed} questions indexed in ${ms} ms.`);
}
db.$client.close();
