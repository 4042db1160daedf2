import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import * as tar from "tar";
import { latestMigration } from "#db/migrate";
import type { Progress } from "#db/progress";
import { checkDatabaseFile, lastMigration } from "./check";
import { claimDatabase, databaseInUse } from "./claim";
import {
  BackupError,
  RESTORE_STAGING_PREFIX,
  COMPANION_SUFFIXES,
  DATABASE_ENTRY,
  FORMAT_NAME,
  FORMAT_VERSION,
  MANIFEST_ENTRY,
  UPLOADS_ENTRY,
  fileTimestamp,
  syncFolder,
  type Manifest,
} from "./format";

export type RestoreOptions = {
  file: string;
  databasePath: string;
  uploadsDir: string;
  progress: Progress;
  now?: Date;
};

export type RestoreResult = {
  manifest: Manifest;
  /** Where the replaced database went (null when there was none). */
  asideDatabase: string | null;
  /** Where the replaced uploads folder went (null when there was none). */
  asideUploads: string | null;
  /**
   * A process opened the database in the instant between the checks and the
   * swap, and works on the replaced file: it must be stopped and started again.
   */
  replacedStillInUse: boolean;
  ms: number;
};

/**
 * `npm run restore`: replaces the database (and the uploads folder) with a
 * backup's. Refused, with nothing changed, while any process has the
 * database open (claim.ts), or when the backup is not whole and sound: the
 * archive is read and its database checked (integrity, search index, map
 * indexes, foreign keys, schema not newer than this code) in a folder
 * beside the live one first. Then each live file is replaced by one rename,
 * so the database path always holds one whole database, the old one or
 * the new; the replaced files are kept aside, named `….before-restore-<time>`.
 */
export async function restoreBackup({
  file,
  databasePath,
  uploadsDir,
  progress,
  now = new Date(),
}: RestoreOptions): Promise<RestoreResult> {
  const startedAt = performance.now();
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new BackupError(`No backup file at ${file}.`);
  }
  const live = claimDatabase(databasePath);
  const stagings: string[] = [];
  // Beside what they replace, so that each swap is a rename on one file system.
  const stagingBeside = (target: string) => {
    const folder = path.dirname(path.resolve(target));
    fs.mkdirSync(folder, { recursive: true });
    const staging = fs.mkdtempSync(path.join(folder, RESTORE_STAGING_PREFIX));
    stagings.push(staging);
    return staging;
  };
  try {
    const staging = stagingBeside(databasePath);
    await extract(file, staging, (entry) => entry === MANIFEST_ENTRY || entry === DATABASE_ENTRY, {
      onProgress: progress.track("Reading the backup"),
    });
    progress.stop();
    const manifest = readManifest(file, staging);
    const stagedDatabase = path.join(staging, DATABASE_ENTRY);
    checkStagedDatabase(file, stagedDatabase, manifest);

    let stagedUploads: string | null = null;
    if (manifest.uploads) {
      const uploadsStaging = stagingBeside(uploadsDir);
      await extract(file, uploadsStaging, (entry) => entry.startsWith(`${UPLOADS_ENTRY}/`), {
        onProgress: progress.track("Extracting the uploads"),
      });
      progress.stop();
      stagedUploads = path.join(uploadsStaging, UPLOADS_ENTRY);
      fs.mkdirSync(stagedUploads, { recursive: true });
    }

    const aside = `.before-restore-${fileTimestamp(now)}`;
    live.release({ fold: true });
    const asideUploads = swapUploads(uploadsDir, stagedUploads, aside);
    let asideDatabase: string | null;
    try {
      asideDatabase = swapDatabase(databasePath, stagedDatabase, aside);
    } catch (error) {
      undoUploadsSwap(uploadsDir, asideUploads);
      throw error;
    }
    return {
      manifest,
      asideDatabase,
      asideUploads,
      replacedStillInUse: asideDatabase !== null && databaseInUse(asideDatabase),
      ms: Math.round(performance.now() - startedAt),
    };
  } finally {
    progress.stop();
    live.release();
    for (const staging of stagings) fs.rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Extracts the entries `wanted` keeps, files and folders only, with a
 * progress bar over the archive's bytes; an archive tar cannot read whole
 * is refused.
 */
async function extract(
  file: string,
  cwd: string,
  wanted: (entry: string) => boolean,
  { onProgress }: { onProgress: (done: number, total: number) => void },
) {
  const total = fs.statSync(file).size;
  let done = 0;
  onProgress(0, total);
  const unpack = new tar.Unpack({
    cwd,
    strict: true,
    preserveOwner: false,
    filter: (entry, read) =>
      wanted(entry) && "type" in read && (read.type === "File" || read.type === "Directory"),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      unpack.on("error", reject);
      unpack.on("close", () => resolve());
      const input = fs.createReadStream(file);
      input.on("error", reject);
      input.on("data", (chunk) => {
        done += chunk.length;
        onProgress(done, total);
      });
      input.pipe(unpack);
    });
  } catch (error) {
    throw new BackupError(
      `${file} is not a whole backup archive (${(error as Error).message}). Nothing was changed.`,
    );
  }
}

function readManifest(file: string, staging: string): Manifest {
  const manifestPath = path.join(staging, MANIFEST_ENTRY);
  const notABackup = (why: string) =>
    new BackupError(`${file} is not a Coup de main backup (${why}). Nothing was changed.`);
  if (!fs.existsSync(manifestPath)) throw notABackup(`no ${MANIFEST_ENTRY} inside`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as Manifest;
  } catch {
    throw notABackup(`${MANIFEST_ENTRY} is not JSON`);
  }
  if (manifest?.format !== FORMAT_NAME || typeof manifest.version !== "number") {
    throw notABackup(`${MANIFEST_ENTRY} describes another format`);
  }
  if (manifest.version > FORMAT_VERSION) {
    throw new BackupError(
      `${file} was made by a newer version of Coup de main (backup format ${manifest.version}): ` +
        `upgrade first. Nothing was changed.`,
    );
  }
  return manifest;
}

/** Refuses a database that is missing, cut short, damaged, not ours, or newer than this code. */
function checkStagedDatabase(file: string, stagedDatabase: string, manifest: Manifest) {
  const refuse = (why: string) =>
    new BackupError(`${file} cannot be restored: ${why}. Nothing was changed.`);
  if (!fs.existsSync(stagedDatabase)) throw refuse(`it holds no ${DATABASE_ENTRY}`);
  const bytes = fs.statSync(stagedDatabase).size;
  if (bytes !== manifest.database.bytes) {
    throw refuse(`its database is ${bytes} bytes instead of ${manifest.database.bytes}`);
  }
  const problems = checkDatabaseFile(stagedDatabase);
  if (problems.length) {
    throw refuse(`its database fails its checks:\n  ${problems.join("\n  ")}\n`);
  }
  const sqlite = new Database(stagedDatabase, { fileMustExist: true, readonly: true });
  try {
    const tables = new Set(
      sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all(),
    );
    if (!["questions", "users", "places"].every((table) => tables.has(table))) {
      throw refuse("its database is not a Coup de main database");
    }
    if ((lastMigration(sqlite) ?? 0) > latestMigration()) {
      throw refuse("its database comes from a newer version of Coup de main: upgrade first");
    }
  } finally {
    sqlite.close();
  }
}

/**
 * The database: the live file keeps a second name aside (a hard link), then
 * the backup's is renamed over it, so the path never lacks a database; the
 * live file's companions (a stale -shm, a -wal the fold could not write
 * back) go aside with it. Returns where the replaced file is.
 */
function swapDatabase(databasePath: string, stagedDatabase: string, aside: string) {
  const hadDatabase = fs.existsSync(databasePath);
  if (hadDatabase) fs.linkSync(databasePath, databasePath + aside);
  for (const suffix of COMPANION_SUFFIXES) {
    if (fs.existsSync(databasePath + suffix)) {
      fs.renameSync(databasePath + suffix, databasePath + aside + suffix);
    }
  }
  fs.renameSync(stagedDatabase, databasePath);
  syncFolder(path.dirname(path.resolve(databasePath)));
  return hadDatabase ? databasePath + aside : null;
}

/** A folder cannot be renamed over another: the live one goes aside, then the backup's takes its place. */
function swapUploads(uploadsDir: string, stagedUploads: string | null, aside: string) {
  const hadUploads = fs.existsSync(uploadsDir);
  if (hadUploads) fs.renameSync(uploadsDir, uploadsDir + aside);
  try {
    if (stagedUploads) fs.renameSync(stagedUploads, uploadsDir);
  } catch (error) {
    if (hadUploads) fs.renameSync(uploadsDir + aside, uploadsDir);
    throw error;
  }
  return hadUploads ? uploadsDir + aside : null;
}

function undoUploadsSwap(uploadsDir: string, asideUploads: string | null) {
  fs.rmSync(uploadsDir, { recursive: true, force: true });
  if (asideUploads) fs.renameSync(asideUploads, uploadsDir);
}
