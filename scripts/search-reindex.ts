import { createSearch } from "#search/create-search";
import type { MeilisearchConfig } from "#search/meilisearch/engine";
import { rebuildMeilisearch } from "#search/meilisearch/rebuild";
import { rebuildIndex } from "#search/reindex";
import { createProgress } from "#db/progress";
import { searchSettings } from "#app/server/search.server";
import { openCommandDatabase } from "./command-database";

/**
 * `npm run search:reindex`: rebuilds the search index of DATABASE_PATH from
 * its questions, with a progress bar (ADR 006).
 */
const { db, env, databasePath } = openCommandDatabase();
const settings = searchSettings(env);
const { meilisearch } = settings;

/** Meilisearch's own rebuild: a temporary index, filled, then swapped with the live one. */
async function rebuildMeilisearchIndex(config: MeilisearchConfig) {
  const startedAt = performance.now();
  const { indexed, caughtUp } = await rebuildMeilisearch(db, config, {
    onProgress: ({ step, done, total }) => {
      if (done === 0) {
        progress.step(step === "index" ? "Indexing questions" : "Catching up with changes", total);
      } else progress.update(done);
    },
  });
  progress.stop();
  if (caughtUp > 0) console.log(`  ${caughtUp} changed during the rebuild, sent again.`);
  return { indexed, ms: Math.round(performance.now() - startedAt) };
}

const { engine } = createSearch(db, settings);
console.log(`Rebuilding the ${engine.name} search index of ${databasePath}`);
const progress = createProgress();
const { indexed, ms } = meilisearch
  ? await rebuildMeilisearchIndex(meilisearch)
  : await rebuildIndex(db, engine, {
      onProgress: progress.track("Indexing questions"),
    });
progress.stop();
db.$client.close();
console.log(
  `Indexed ${indexed} question${indexed === 1 ? "" : "s"} in ${(ms / 1000).toFixed(1)} s` +
    (ms > 0 ? ` (${Math.round((indexed * 1000) / ms)}/s).` : "."),
);
