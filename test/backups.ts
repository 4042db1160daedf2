import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import * as tar from "tar";

/** A new temporary folder. */
export function temporaryFolder(prefix = "coupdemain-backup-test-") {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Every file under `folder` with a digest of its bytes: two equal listings
 * mean nothing was added, removed or changed.
 */
export function folderListing(folder: string): Record<string, string> {
  const listing: Record<string, string> = {};
  if (!fs.existsSync(folder)) return listing;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const name = path.relative(folder, file);
    listing[name] = entry.isFile()
      ? createHash("sha256").update(fs.readFileSync(file)).digest("hex")
      : entry.isDirectory()
        ? "folder"
        : "other";
  }
  return listing;
}

/** A digest of every row of every ordinary table (FTS5 and R*Tree data tables included). */
export function tableDigests(databasePath: string): Record<string, string> {
  const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => {
        const hash = createHash("sha256");
        for (const row of sqlite.prepare(`SELECT * FROM "${table}"`).raw().iterate()) {
          hash.update(
            JSON.stringify(row, (_key, value: unknown) =>
              Buffer.isBuffer(value) ? value.toString("hex") : value,
            ),
          );
        }
        return [table, hash.digest("hex")];
      }),
    );
  } finally {
    sqlite.close();
  }
}

/** Extracts a backup archive into a new folder, returned. */
export async function extractBackup(file: string): Promise<string> {
  const folder = temporaryFolder("coupdemain-extracted-");
  await tar.extract({ file, cwd: folder });
  return folder;
}

/**
 * A copy of the backup `file` as `target`, after `change` altered its
 * extracted entries (a damaged database, a missing manifest…).
 */
export async function alteredBackup(
  file: string,
  target: string,
  change: (folder: string) => void,
): Promise<string> {
  const folder = await extractBackup(file);
  change(folder);
  await tar.create(
    { file: target, cwd: folder, gzip: /\.(tar\.gz|tgz)$/.test(target), portable: true },
    fs.readdirSync(folder),
  );
  return target;
}

/** Overwrites `count` pages of the database file from the page `first` on with noise. */
export function scramblePages(databasePath: string, first: number, count: number) {
  const fd = fs.openSync(databasePath, "r+");
  try {
    const header = Buffer.alloc(18);
    fs.readSync(fd, header, 0, 18, 0);
    const pageSize = header.readUInt16BE(16);
    const noise = Buffer.alloc(pageSize * count);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 251;
    fs.writeSync(fd, noise, 0, noise.length, first * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}
