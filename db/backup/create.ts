import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import * as tar from "tar";
import type { Progress } from "#db/progress";
import { checkDatabase, lastMigration } from "./check";
import { copyDatabase } from "./copy";
import {
  BACKUP_STAGING_PREFIX,
  BackupError,
  DATABASE_ENTRY,
  FORMAT_NAME,
  FORMAT_VERSION,
  MANIFEST_ENTRY,
  UPLOADS_ENTRY,
  folderSummary,
  isGzipped,
  isInside,
  syncFolder,
  type Manifest,
} from "./format";

export type BackupOptions = {
  databasePath: string;
  /** Included when it exists (the images members upload). */
  uploadsDir: string;
  /** The archive to write: .tar.gz, .tgz or .tar; it must not exist yet. */
  file: string;
  progress: Progress;
  /** Pages copied a step (tests make it small, to copy while others write). */
  pagesPerStep?: number;
  now?: Date;
};

export type BackupResult = {
  file: string;
  bytes: number;
  manifest: Manifest;
  /** Times the copy started over because another connection wrote. */
  restarts: number;
  ms: number;
};

/**
 * `npm run backup` and the server's snapshots: a consistent copy of the live
 * database (copy.ts), checked as a restore will check it, then archived with
 * the uploads folder. The archive is written under a temporary name beside
 * its destination and renamed once complete and on disk, so a backup file
 * is whole or absent, never half-written; it is readable by its owner only
 * (it holds personal data).
 *
 * The uploads are read after the database was copied: a file added meanwhile
 * travels too (unused), and a file deleted meanwhile may be missing.
 */
export async function createBackup({
  databasePath,
  uploadsDir,
  file,
  progress,
  pagesPerStep,
  now = new Date(),
}: BackupOptions): Promise<BackupResult> {
  const startedAt = performance.now();
  const gzip = isGzipped(file);
  if (!fs.existsSync(databasePath)) throw new BackupError(`No database at ${databasePath}.`);
  if (fs.existsSync(file)) {
    throw new BackupError(`${file} already exists: choose another name, or delete it first.`);
  }
  const folder = path.dirname(path.resolve(file));
  if (isInside(folder, path.resolve(uploadsDir))) {
    throw new BackupError(`${file} is inside the uploads folder, which the backup copies.`);
  }
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  // Beside the destination, so that the final rename stays on one file system.
  const staging = fs.mkdtempSync(path.join(folder, BACKUP_STAGING_PREFIX));
  try {
    const stagedDatabase = path.join(staging, DATABASE_ENTRY);
    const copy = await copyDatabase(databasePath, stagedDatabase, {
      onProgress: progress.track("Copying the database"),
      pagesPerStep,
    });
    progress.stop();
    const lastMigration = settleCopy(stagedDatabase);
    fs.chmodSync(stagedDatabase, 0o600);

    const hasUploads = fs.existsSync(uploadsDir) && fs.statSync(uploadsDir).isDirectory();
    const manifest: Manifest = {
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      createdAt: now.toISOString(),
      database: { bytes: fs.statSync(stagedDatabase).size, lastMigration },
      uploads: hasUploads ? folderSummary(uploadsDir) : null,
    };
    fs.writeFileSync(path.join(staging, MANIFEST_ENTRY), `${JSON.stringify(manifest, null, 2)}\n`, {
      mode: 0o600,
    });

    const partial = path.join(staging, "archive.partial");
    await writeArchive({
      partial,
      gzip,
      staging,
      uploadsDir: hasUploads ? path.resolve(uploadsDir) : null,
      totalBytes: manifest.database.bytes + (manifest.uploads?.bytes ?? 0),
      onProgress: progress.track("Writing the archive"),
    });
    progress.stop();
    publish(partial, file);
    syncFolder(folder);
    return {
      file,
      bytes: fs.statSync(file).size,
      manifest,
      restarts: copy.restarts,
      ms: Math.round(performance.now() - startedAt),
    };
  } finally {
    progress.stop();
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Gives the finished archive its name, never over an existing file (another
 * backup that took the same name meanwhile): a hard link fails if the name
 * is taken. Where the file system has no hard links, a rename.
 */
function publish(partial: string, file: string) {
  try {
    fs.linkSync(partial, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      throw new BackupError(`${file} appeared while the backup was written: choose another name.`);
    }
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw error;
    fs.renameSync(partial, file);
  }
}

/**
 * Makes the copy one self-contained file (rollback journal, not WAL), checks
 * it as a restore would, and returns its last migration. A copy that fails
 * its checks means the live database itself is damaged.
 */
function settleCopy(stagedDatabase: string): number | null {
  const copy = new Database(stagedDatabase, { fileMustExist: true });
  try {
    let problems: string[];
    try {
      copy.pragma("journal_mode = DELETE");
      problems = checkDatabase(copy);
    } catch (error) {
      problems = [(error as Error).message];
    }
    if (problems.length) {
      throw new BackupError(
        `The copy of the database fails its checks, so the live database is damaged:\n  ` +
          `${problems.join("\n  ")}\nSee docs/operations.md, "Recovering".`,
      );
    }
    return lastMigration(copy);
  } finally {
    copy.close();
  }
}

/**
 * The tar archive: manifest and database from the staging folder, then the
 * uploads folder under the name `uploads/` whatever its real name. Its
 * entries are named relative to it as they are written (`onWriteEntry`
 * runs before each header), and the archive is flushed to disk.
 */
async function writeArchive({
  partial,
  gzip,
  staging,
  uploadsDir,
  totalBytes,
  onProgress,
}: {
  partial: string;
  gzip: boolean;
  staging: string;
  uploadsDir: string | null;
  totalBytes: number;
  onProgress: (done: number, total: number) => void;
}) {
  let written = 0;
  onProgress(0, totalBytes);
  await tar.create(
    {
      file: partial,
      mode: 0o600,
      gzip,
      cwd: staging,
      portable: true,
      strict: true,
      onWriteEntry(entry) {
        if (uploadsDir && isInside(entry.absolute, uploadsDir)) {
          const inside = path.relative(uploadsDir, entry.absolute).split(path.sep);
          const slash = entry.type === "Directory" ? "/" : "";
          entry.path = [UPLOADS_ENTRY, ...inside].filter(Boolean).join("/") + slash;
        }
        if (entry.type === "File") {
          written += entry.stat?.size ?? 0;
          onProgress(written, totalBytes);
        }
      },
      // Only files and folders: a symbolic link in the uploads would point outside them.
      filter: (_path, stat) => !("isSymbolicLink" in stat) || !stat.isSymbolicLink(),
    },
    // Relative to the staging folder: tar strips (and, strict, refuses) absolute paths.
    [MANIFEST_ENTRY, DATABASE_ENTRY, ...(uploadsDir ? [path.relative(staging, uploadsDir)] : [])],
  );
  const fd = fs.openSync(partial, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
