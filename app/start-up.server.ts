import type { AppDatabase } from "#db/client";
import { prepareDatabase } from "#db/prepare";
import { createProgress } from "#db/progress";
import type { Search } from "#search/create-search";
import { embeddedIndexIsBehind, rebuildEmbeddedIndex } from "#search/reindex";
import { seedDemoData } from "#app/models/demo/seed.server";
import { seedDemoPeople } from "#app/models/demo/people.server";
import { uploadsDirectory, type Env } from "#app/server/env.server";
import { hashPassword } from "#app/server/password.server";

/**
 * The one start-up sequence (`npm start` and `npm run dev`): the schema up to
 * date, the places of France on the first start, the demo community in an
 * empty database (unless SEED_DEMO=0), then the embedded search index
 * rebuilt when it is behind (a new index format). With Meilisearch, the
 * outbox relay or `npm run search:reindex` fills the index instead.
 */
export async function prepareToServe(db: AppDatabase, env: Env, search: Search): Promise<void> {
  const progress = createProgress();
  await prepareDatabase(db, progress);
  if (env.SEED_DEMO === "1" && (await seedDemoData({ db, search: search.writer }, hashPassword))) {
    await seedDemoPeople({ db, uploadsDir: uploadsDirectory(env) });
    console.log("Empty database: demo members loaded (see the README for their logins).");
  }
  if (search.engine.name === "embedded" && embeddedIndexIsBehind(db)) {
    console.log("Building the search index…");
    const { indexed, ms } = await rebuildEmbeddedIndex(db, {
      onProgress: progress.track("Indexing questions"),
    });
    progress.stop();
    console.log(`${indexed} questions indexed in ${ms} ms.`);
  }
}
