import { parseArgs } from "node:util";
import { BackupError } from "#db/backup/format";
import { restoreBackup } from "#db/backup/restore";
import { createProgress } from "#db/progress";
import { getEnv, loadEnvFile, uploadsDirectory } from "#app/server/env.server";

/**
 * `npm run restore -- <file.tar.gz>`: puts a backup in place of the
 * database at DATABASE_PATH and of the uploads folder, with the server
 * stopped; the replaced files are kept aside (docs/operations.md).
 */
const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error("Usage: npm run restore -- <file.tar.gz>");
  process.exit(1);
}
loadEnvFile();
const env = getEnv();
const file = positionals[0]!;

console.log(`Restoring ${file} into ${env.DATABASE_PATH}`);
const progress = createProgress();
try {
  const result = await restoreBackup({
    file,
    databasePath: env.DATABASE_PATH,
    uploadsDir: uploadsDirectory(env),
    progress,
  });
  const { manifest } = result;
  console.log(
    `Restored the backup of ${manifest.createdAt}` +
      (manifest.uploads ? ` with ${manifest.uploads.files} uploaded files` : "") +
      `, checked, in ${(result.ms / 1000).toFixed(1)} s.`,
  );
  if (result.asideDatabase) console.log(`The replaced database is kept as ${result.asideDatabase}`);
  if (result.asideUploads) console.log(`The replaced uploads are kept as ${result.asideUploads}`);
  if (result.replacedStillInUse) {
    console.error(
      `Warning: a process opened the database during the restore and uses the replaced one: ` +
        `stop it, then start the server again.`,
    );
    process.exitCode = 1;
  }
  console.log(
    env.MEILISEARCH_URL
      ? "Start the server, then rebuild the Meilisearch index: npm run search:reindex"
      : "Start the server: the search index came with the database.",
  );
} catch (error) {
  progress.stop();
  if (!(error instanceof BackupError)) throw error;
  console.error(`Restore refused: ${error.message}`);
  process.exit(1);
}
