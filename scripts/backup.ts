import fs from "node:fs";
import { parseArgs } from "node:util";
import { createBackup } from "#db/backup/create";
import { BackupError } from "#db/backup/format";
import { snapshotFile } from "#db/backup/snapshots";
import { createProgress } from "#db/progress";
import { getEnv, loadEnvFile, uploadsDirectory } from "#app/server/env.server";

/**
 * `npm run backup -- <file.tar.gz | folder>`: a consistent copy of the
 * database at DATABASE_PATH and of the uploads folder, in one archive, made
 * while the server runs (docs/operations.md). Given a folder, the archive
 * is named as the server names its snapshots.
 */
const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error("Usage: npm run backup -- <file.tar.gz | folder>");
  process.exit(1);
}
loadEnvFile();
const env = getEnv();
const target = positionals[0]!;
const file =
  fs.existsSync(target) && fs.statSync(target).isDirectory()
    ? snapshotFile(target, new Date())
    : target;
const uploadsDir = uploadsDirectory(env);

console.log(
  `Backing up ${env.DATABASE_PATH}` +
    (fs.existsSync(uploadsDir) ? ` and ${uploadsDir}` : " (no uploads folder)") +
    ` to ${file}`,
);
const progress = createProgress();
try {
  const result = await createBackup({
    databasePath: env.DATABASE_PATH,
    uploadsDir,
    file,
    progress,
  });
  const { uploads } = result.manifest;
  console.log(
    `Written ${file}: ${(result.bytes / 1e6).toFixed(1)} MB, the database checked` +
      (uploads ? ` and ${uploads.files} uploaded file${uploads.files === 1 ? "" : "s"}` : "") +
      `, in ${(result.ms / 1000).toFixed(1)} s.`,
  );
  console.log(
    "It contains personal data (members' names, emails, messages, password hashes): keep it safe.",
  );
} catch (error) {
  progress.stop();
  if (!(error instanceof BackupError)) throw error;
  console.error(`Backup failed: ${error.message}`);
  process.exit(1);
}
