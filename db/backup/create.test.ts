import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "#db/client";
import { silentProgress, type Progress } from "#db/progress";
import { copyPlacesDatabase } from "#test/databases";
import { startDatabaseProcess } from "#test/database-process-client";
import { memberFactory, placeByCode } from "#test/members";
import {
  extractBackup,
  folderListing,
  scramblePages,
  tableDigests,
  temporaryFolder,
} from "#test/backups";
import { checkDatabaseFile } from "./check";
import { createBackup } from "./create";
import { DATABASE_ENTRY, MANIFEST_ENTRY, type Manifest } from "./format";

const db = copyPlacesDatabase();
const databasePath = db.$client.name;
const donges = placeByCode(db, "44052");
const member = memberFactory(db);
afterAll(() => db.$client.close());

const noUploads = path.join(temporaryFolder(), "uploads");

// One test starts a second Node process that keeps posting: slow on a loaded machine.
describe("createBackup", { timeout: 90_000 }, () => {
  it("copies a consistent database while another process keeps posting", async () => {
    const writer = await startDatabaseProcess([
      "post",
      databasePath,
      member(donges.id).id,
      String(donges.id),
    ]);
    try {
      await writer.waitForAcks(5);
      const ackedBefore = writer.acks.length;
      // Another connection writes in the middle of the copy, for sure: the
      // copy starts over, and must still finish with a consistent database.
      const markerEmail = `pendant-la-copie-${Date.now()}@exemple.fr`;
      const other = openDatabase(databasePath);
      let wroteDuringCopy = false;
      const progress: Progress = {
        ...silentProgress,
        track: (label) => (done) => {
          if (label.startsWith("Copying") && done >= 20 && !wroteDuringCopy) {
            const { id } = memberFactory(other)(donges.id);
            other.$client.prepare("UPDATE users SET email = ? WHERE id = ?").run(markerEmail, id);
            wroteDuringCopy = true;
          }
        },
      };
      const file = path.join(temporaryFolder(), "pendant-les-posts.tar");
      const result = await createBackup({
        databasePath,
        uploadsDir: noUploads,
        file,
        progress,
        pagesPerStep: 1,
      });
      other.$client.close();
      // Writes go on after the backup too.
      await writer.waitForAcks(writer.acks.length + 3);
      await writer.stop("SIGTERM");

      expect(writer.errors).toEqual([]);
      expect(wroteDuringCopy).toBe(true);
      expect(result.restarts).toBeGreaterThan(0);
      const copyPath = path.join(await extractBackup(file), DATABASE_ENTRY);
      expect(checkDatabaseFile(copyPath)).toEqual([]);
      const copy = new Database(copyPath, { readonly: true });
      const ids = copy
        .prepare(
          "SELECT id FROM questions WHERE title LIKE 'Question % posée pendant la sauvegarde' ORDER BY id",
        )
        .pluck()
        .all();
      // What was committed before the backup began is in it; what it holds is
      // a run of the writer's commits with no gap: no question half-written.
      expect(ids.length).toBeGreaterThanOrEqual(ackedBefore);
      expect(ids).toEqual(writer.acks.slice(0, ids.length));
      const orphans = copy
        .prepare(
          `SELECT
             (SELECT count(*) FROM questions q WHERE NOT EXISTS (SELECT 1 FROM search_documents d WHERE d.id = q.id)),
             (SELECT count(*) FROM questions q WHERE NOT EXISTS (SELECT 1 FROM questions_rtree r WHERE r.id = q.id)),
             (SELECT count(*) FROM questions q WHERE NOT EXISTS (SELECT 1 FROM question_tags t WHERE t.question_id = q.id))`,
        )
        .raw()
        .get();
      expect(orphans).toEqual([0, 0, 0]);
      expect(
        copy.prepare("SELECT count(*) FROM users WHERE email = ?").pluck().get(markerEmail),
      ).toBe(1);
      expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
      copy.close();
    } finally {
      await writer.stop();
    }
  });

  it("writes a gzipped archive readable by its owner only, with a manifest, and no temporary files left", async () => {
    const folder = temporaryFolder();
    const uploads = path.join(folder, "images");
    fs.mkdirSync(path.join(uploads, "2026", "03"), { recursive: true });
    fs.writeFileSync(path.join(uploads, "2026", "03", "chaise.jpg"), "une chaise");
    fs.writeFileSync(path.join(uploads, "plan.png"), Buffer.alloc(3000, 7));
    fs.symlinkSync("/etc/hostname", path.join(uploads, "lien"));
    const file = path.join(folder, "sauvegardes", "coupdemain.tar.gz");
    const now = new Date("2026-03-05T14:30:00Z");

    const result = await createBackup({
      databasePath,
      uploadsDir: uploads,
      file,
      progress: silentProgress,
      now,
    });

    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file))).toEqual(["coupdemain.tar.gz"]);
    expect(fs.readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    const extracted = await extractBackup(file);
    const manifest = JSON.parse(
      fs.readFileSync(path.join(extracted, MANIFEST_ENTRY), "utf8"),
    ) as Manifest;
    expect(manifest).toEqual(result.manifest);
    expect(manifest).toMatchObject({
      format: "coup-de-main-backup",
      version: 1,
      createdAt: "2026-03-05T14:30:00.000Z",
      uploads: { files: 2, bytes: 3010 },
    });
    expect(manifest.database.lastMigration).toBeGreaterThan(0);
    // Under `uploads/` whatever the folder's name; the symbolic link stays out.
    expect(folderListing(path.join(extracted, "uploads"))).toEqual(
      Object.fromEntries(
        Object.entries(folderListing(uploads)).filter(([name]) => name !== "lien"),
      ),
    );
    expect(tableDigests(path.join(extracted, DATABASE_ENTRY))).toEqual(tableDigests(databasePath));
  });

  it("refuses a name that is not an archive's, a file that exists, a folder inside the uploads", async () => {
    const folder = temporaryFolder();
    const backup = (file: string, uploadsDir = noUploads) =>
      createBackup({ databasePath, uploadsDir, file, progress: silentProgress });
    await expect(backup(path.join(folder, "sauvegarde.zip"))).rejects.toThrow(
      /ends in \.tar\.gz, \.tgz or \.tar/,
    );
    fs.writeFileSync(path.join(folder, "deja-la.tar"), "précieux");
    await expect(backup(path.join(folder, "deja-la.tar"))).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(path.join(folder, "deja-la.tar"), "utf8")).toBe("précieux");
    await expect(
      backup(path.join(folder, "uploads", "s.tar"), path.join(folder, "uploads")),
    ).rejects.toThrow(/inside the uploads folder/);
    await expect(
      createBackup({
        databasePath: path.join(folder, "absente.db"),
        uploadsDir: noUploads,
        file: path.join(folder, "s.tar"),
        progress: silentProgress,
      }),
    ).rejects.toThrow(/No database at/);
    expect(fs.readdirSync(folder)).toEqual(["deja-la.tar"]);
  });

  it("refuses to back up a damaged database, and says so", async () => {
    const folder = temporaryFolder();
    const damaged = path.join(folder, "abimee.db");
    db.$client.exec(`VACUUM INTO '${damaged}'`);
    scramblePages(damaged, 200, 20);

    await expect(
      createBackup({
        databasePath: damaged,
        uploadsDir: noUploads,
        file: path.join(folder, "s.tar"),
        progress: silentProgress,
      }),
    ).rejects.toThrow(/fails its checks, so the live database is damaged/);
    expect(fs.readdirSync(folder)).toEqual(["abimee.db"]);
  });
});
