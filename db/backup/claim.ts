import fs from "node:fs";
import Database from "better-sqlite3";
import { BackupError } from "./format";

export type Claim = {
  /**
   * Gives the database back. With `fold`, first writes its WAL into the
   * file and leaves WAL mode, so the file is whole by itself once aside.
   */
  release(options?: { fold?: boolean }): void;
};

/**
 * Makes sure no process has the database at `file` open, and keeps it so
 * until `release`: the server, the digest command or a backup would go on
 * with a file that a restore replaced under them.
 *
 * SQLite's own locks tell (ADR 012): every connection, even idle, holds a
 * shared lock on a WAL database, so an exclusive lock is refused while one
 * is open, and granted once the last closed, however it ended (the kernel
 * drops a killed process's locks: nothing stale to clean up, no PID file to
 * trust). Taken in EXCLUSIVE locking mode, the lock is then held until the
 * connection closes, and a server starting meanwhile fails on it.
 *
 * A file SQLite cannot read as a database can be used by no server: it is
 * claimed without a lock. No file: nothing to claim.
 */
export function claimDatabase(file: string): Claim {
  if (!fs.existsSync(file)) return { release() {} };
  const sqlite = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    sqlite.pragma("locking_mode = EXCLUSIVE");
    sqlite.exec("BEGIN EXCLUSIVE");
    sqlite.exec("COMMIT");
  } catch (error) {
    sqlite.close();
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") {
      throw new BackupError(
        `${file} is in use by another process: stop the server (and any command using ` +
          `the database) first. Nothing was changed.`,
      );
    }
    return { release() {} };
  }
  let open = true;
  return {
    release({ fold = false } = {}) {
      if (!open) return;
      open = false;
      try {
        if (fold) sqlite.pragma("journal_mode = DELETE");
      } catch {
        // A damaged file or WAL: it goes aside as it is, with its companions.
      } finally {
        sqlite.close();
      }
    },
  };
}

/** Whether some process has the database at `file` open (see `claimDatabase`). */
export function databaseInUse(file: string): boolean {
  try {
    claimDatabase(file).release();
    return false;
  } catch (error) {
    if (error instanceof BackupError) return true;
    throw error;
  }
}
