import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentProgress } from "#db/progress";
import { startDatabaseProcess } from "#test/database-process-client";
import { questionsTestbed } from "#test/questions";
import {
  alteredBackup,
  folderListing,
  scramblePages,
  tableDigests,
  temporaryFolder,
} from "#test/backups";
import { checkDatabaseFile } from "./check";
import { createBackup } from "./create";
import { DATABASE_ENTRY, MANIFEST_ENTRY } from "./format";
import { restoreBackup } from "./restore";

const { db, DONGES, member, ask } = questionsTestbed();
const source = temporaryFolder();
const sourceUploads = path.join(source, "uploads");
let backupFile = "";

beforeAll(async () => {
  const author = member(DONGES.id);
  ask(author.id, DONGES.id, "Qui peut garder mon chat en août ?");
  ask(author.id, DONGES.id, "Une perceuse à prêter vers la mairie ?");
  fs.mkdirSync(path.join(sourceUploads, "2026"), { recursive: true });
  fs.writeFileSync(path.join(sourceUploads, "2026", "chat.jpg"), Buffer.alloc(5000, 3));
  fs.writeFileSync(path.join(sourceUploads, "perceuse.png"), "une perceuse");
  backupFile = path.join(source, "sauvegarde.tar.gz");
  await createBackup({
    databasePath: db.$client.name,
    uploadsDir: sourceUploads,
    file: backupFile,
    progress: silentProgress,
  });
});

/** A server's folder: `data/coupdemain.db` and `data/uploads`, as the defaults are. */
function serverFolder() {
  const folder = temporaryFolder("coupdemain-restore-test-");
  return {
    folder,
    databasePath: path.join(folder, "data", "coupdemain.db"),
    uploadsDir: path.join(folder, "data", "uploads"),
  };
}

function restore(file: string, target: ReturnType<typeof serverFolder>, now?: Date) {
  return restoreBackup({
    file,
    databasePath: target.databasePath,
    uploadsDir: target.uploadsDir,
    progress: silentProgress,
    now,
  });
}

/** A live database different from the backup, with uploads of its own. */
function liveServer() {
  const target = serverFolder();
  fs.mkdirSync(target.uploadsDir, { recursive: true });
  fs.writeFileSync(path.join(target.uploadsDir, "recente.jpg"), "ajoutée après la sauvegarde");
  const live = new Database(target.databasePath);
  live.pragma("journal_mode = WAL");
  live.exec("CREATE TABLE notes(text); INSERT INTO notes VALUES ('la base du moment');");
  live.close();
  return target;
}

// These tests start fresh Node processes (tsx CLIs, a process holding the
// database): on a loaded 2-core machine a few of them take the default 20 s.
describe("restoreBackup", { timeout: 90_000 }, () => {
  it("restores into a fresh folder the same rows and uploads, checks passing", async () => {
    const target = serverFolder();
    const result = await restore(backupFile, target);

    expect(result).toMatchObject({ asideDatabase: null, asideUploads: null });
    expect(tableDigests(target.databasePath)).toEqual(tableDigests(db.$client.name));
    expect(folderListing(target.uploadsDir)).toEqual(folderListing(sourceUploads));
    expect(checkDatabaseFile(target.databasePath)).toEqual([]);
    // Nothing else: no temporary folder left behind.
    expect(fs.readdirSync(path.dirname(target.databasePath)).sort()).toEqual([
      "coupdemain.db",
      "uploads",
    ]);
  });

  it("replaces a live database and uploads, keeping both aside", async () => {
    const target = liveServer();
    const before = folderListing(path.dirname(target.databasePath));
    const now = new Date("2026-03-05T14:30:00Z");

    const result = await restore(backupFile, target, now);

    const aside = ".before-restore-2026-03-05T14-30-00Z";
    expect(result).toMatchObject({
      asideDatabase: target.databasePath + aside,
      asideUploads: target.uploadsDir + aside,
      replacedStillInUse: false,
    });
    expect(tableDigests(target.databasePath)).toEqual(tableDigests(db.$client.name));
    expect(folderListing(target.uploadsDir)).toEqual(folderListing(sourceUploads));
    expect(folderListing(target.uploadsDir + aside)).toEqual({
      "recente.jpg": before["uploads/recente.jpg"],
    });
    const kept = new Database(target.databasePath + aside, { readonly: true });
    expect(kept.prepare("SELECT text FROM notes").pluck().all()).toEqual(["la base du moment"]);
    kept.close();
  });

  it("refuses while another process has the database open, and goes ahead once it died", async () => {
    const target = liveServer();
    const holder = await startDatabaseProcess(["hold", target.databasePath]);
    const before = folderListing(target.folder);
    try {
      await expect(restore(backupFile, target)).rejects.toThrow(
        /is in use by another process: stop the server .* Nothing was changed\./,
      );
      expect(folderListing(target.folder)).toEqual(before);
    } finally {
      // A crash, not a clean stop: the kernel drops its locks, nothing stale is left.
      await holder.stop("SIGKILL");
    }
    await restore(backupFile, target);
    expect(tableDigests(target.databasePath)).toEqual(tableDigests(db.$client.name));
  });

  it("refuses a backup whose database is damaged, and changes nothing", async () => {
    const damaged = await alteredBackup(backupFile, path.join(source, "abimee.tar.gz"), (folder) =>
      scramblePages(path.join(folder, DATABASE_ENTRY), 100, 20),
    );
    const target = liveServer();
    const before = folderListing(target.folder);

    await expect(restore(damaged, target)).rejects.toThrow(
      /cannot be restored: its database fails its checks:[^]*Nothing was changed\./,
    );
    expect(folderListing(target.folder)).toEqual(before);
  });

  it("refuses a backup whose search index is damaged", async () => {
    const damaged = await alteredBackup(backupFile, path.join(source, "index.tar"), (folder) => {
      const copy = new Database(path.join(folder, DATABASE_ENTRY));
      // The FTS5 index's own pages, behind its back (SQLite's defensive mode forbids it).
      copy.unsafeMode(true);
      copy.exec("DELETE FROM search_fts_data WHERE id > 10");
      copy.close();
    });
    const target = serverFolder();

    await expect(restore(damaged, target)).rejects.toThrow(/search_fts/);
    expect(fs.existsSync(target.databasePath)).toBe(false);
  });

  it("refuses what is not a whole backup, and changes nothing", async () => {
    const target = liveServer();
    const before = folderListing(target.folder);
    const bytes = fs.readFileSync(backupFile);
    const cutShort = path.join(source, "coupee.tar.gz");
    fs.writeFileSync(cutShort, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const notAnArchive = path.join(source, "notes.tar");
    fs.writeFileSync(notAnArchive, "ceci n'est pas une archive\n".repeat(100));
    const noManifest = await alteredBackup(backupFile, path.join(source, "sans.tar"), (folder) =>
      fs.rmSync(path.join(folder, MANIFEST_ENTRY)),
    );
    const otherFormat = await alteredBackup(backupFile, path.join(source, "autre.tar"), (folder) =>
      fs.writeFileSync(path.join(folder, MANIFEST_ENTRY), '{"format":"autre","version":1}'),
    );
    const futureFormat = await alteredBackup(
      backupFile,
      path.join(source, "futur.tar"),
      (folder) => {
        const file = path.join(folder, MANIFEST_ENTRY);
        fs.writeFileSync(
          file,
          fs.readFileSync(file, "utf8").replace('"version": 1', '"version": 2'),
        );
      },
    );
    const newerSchema = await alteredBackup(
      backupFile,
      path.join(source, "schema.tar"),
      (folder) => {
        const copy = new Database(path.join(folder, DATABASE_ENTRY));
        copy.exec("UPDATE __drizzle_migrations SET created_at = created_at + 86400000");
        copy.close();
      },
    );

    await expect(restore(path.join(source, "absente.tar.gz"), target)).rejects.toThrow(
      /No backup file at/,
    );
    await expect(restore(cutShort, target)).rejects.toThrow(/is not a whole backup archive/);
    await expect(restore(notAnArchive, target)).rejects.toThrow(/is not a whole backup archive/);
    await expect(restore(noManifest, target)).rejects.toThrow(
      /is not a Coup de main backup \(no coupdemain-backup\.json inside\)/,
    );
    await expect(restore(otherFormat, target)).rejects.toThrow(/is not a Coup de main backup/);
    await expect(restore(futureFormat, target)).rejects.toThrow(/made by a newer version/);
    await expect(restore(newerSchema, target)).rejects.toThrow(
      /comes from a newer version of Coup de main/,
    );
    expect(folderListing(target.folder)).toEqual(before);
  });
});

describe("npm run backup and npm run restore", { timeout: 90_000 }, () => {
  const run = promisify(execFile);
  const command = (script: string, args: string[], env: Record<string, string>) =>
    run(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
      env: { ...process.env, ...env },
    }).then(
      ({ stdout }) => ({ code: 0, stdout, stderr: "" }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it("back up a folder of snapshots, refuse with a reason and exit code 1, restore with 0", async () => {
    const target = liveServer();
    const settings = { DATABASE_PATH: target.databasePath, UPLOADS_DIR: target.uploadsDir };
    const folder = temporaryFolder();

    const backup = await command("backup", [folder], {
      DATABASE_PATH: db.$client.name,
      UPLOADS_DIR: sourceUploads,
    });
    expect(backup.stdout).toMatch(/Written .*coupdemain-.*\.tar\.gz: .* MB, .* 2 uploaded files/);
    const [snapshot] = fs.readdirSync(folder);

    const holder = await startDatabaseProcess(["hold", target.databasePath]);
    const refused = await command("restore", [path.join(folder, snapshot!)], settings);
    await holder.stop();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Restore refused: .* is in use by another process/);

    const restored = await command("restore", [path.join(folder, snapshot!)], settings);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/The replaced database is kept as .*before-restore-/);
    expect(tableDigests(target.databasePath)).toEqual(tableDigests(db.$client.name));
  });
});

afterAll(() => fs.rmSync(source, { recursive: true, force: true }));
