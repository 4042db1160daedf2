import fs from "node:fs";
import path from "node:path";

/**
 * The backup format (ADR 012): one tar archive, gzipped when its name ends
 * in .tar.gz or .tgz, holding
 *
 *   coupdemain-backup.json   this manifest
 *   coupdemain.db            the database, self-contained (no -wal file)
 *   uploads/…                the uploads folder, when there is one
 *
 * whatever the live files are called, so a backup restores anywhere.
 */
export const MANIFEST_ENTRY = "coupdemain-backup.json";
export const DATABASE_ENTRY = "coupdemain.db";
export const UPLOADS_ENTRY = "uploads";

export const FORMAT_NAME = "coup-de-main-backup";
export const FORMAT_VERSION = 1;

export type Manifest = {
  format: typeof FORMAT_NAME;
  version: number;
  createdAt: string;
  database: {
    bytes: number;
    /** `created_at` of the last migration applied (drizzle's journal `when`), null before any. */
    lastMigration: number | null;
  };
  /** Null when the server had no uploads folder. */
  uploads: { files: number; bytes: number } | null;
};

/** The temporary folders of a backup and a restore, beside what they write. */
export const BACKUP_STAGING_PREFIX = ".coupdemain-backup-";
export const RESTORE_STAGING_PREFIX = ".coupdemain-restore-";

/** A backup or restore that cannot go on, with a message for the operator. */
export class BackupError extends Error {
  override name = "BackupError";
}

/** Whether the archive `file` is gzipped, from its name; other names are refused. */
export function isGzipped(file: string): boolean {
  if (/\.(tar\.gz|tgz)$/i.test(file)) return true;
  if (/\.tar$/i.test(file)) return false;
  throw new BackupError(`${file}: a backup file's name ends in .tar.gz, .tgz or .tar.`);
}

/** Where SQLite keeps a database's companions, which travel with it. */
export const COMPANION_SUFFIXES = ["-wal", "-shm", "-journal"] as const;

/** The files and total size of a folder, counted recursively (symbolic links left out). */
export function folderSummary(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** Makes a rename (or a new file) in `folder` durable. */
export function syncFolder(folder: string) {
  const fd = fs.openSync(folder, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** "2026-03-05T14-30-00Z": a UTC time that sorts as text and is safe in a file name. */
export function fileTimestamp(date: Date) {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replaceAll(":", "-");
}

/** Whether `file` is `folder` or inside it. */
export function isInside(file: string, folder: string) {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
