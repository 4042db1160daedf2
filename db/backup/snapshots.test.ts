import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { silentProgress } from "#db/progress";
import { copyPlacesDatabase } from "#test/databases";
import { temporaryFolder } from "#test/backups";
import type { BackupResult } from "./create";
import { BackupError } from "./format";
import { backupInWorker } from "./in-worker";
import { restoreBackup } from "./restore";
import {
  listSnapshots,
  snapshotFile,
  startSnapshots,
  takeSnapshotIfDue,
  type SnapshotJob,
} from "./snapshots";

const db = copyPlacesDatabase();
afterAll(() => db.$client.close());

const at = (iso: string) => new Date(iso);

/** A job whose backups only write a small file named as asked (the real one is tested below). */
function fakeJob(settings: Partial<SnapshotJob["settings"]> = {}) {
  const dir = path.join(temporaryFolder(), "snapshots");
  const logs: string[] = [];
  const job: SnapshotJob = {
    databasePath: db.$client.name,
    uploadsDir: path.join(dir, "..", "uploads"),
    settings: { dir, everyHours: 24, keep: 3, ...settings },
    log: (line) => logs.push(line),
    async backup({ file }) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, "snapshot");
      return { file, bytes: 8, ms: 1 } as BackupResult;
    },
  };
  return { job, dir, logs };
}

describe("takeSnapshotIfDue", () => {
  it("takes one when none exists or the newest is old enough, from the folder's names", async () => {
    const { job, dir, logs } = fakeJob({ everyHours: 6 });

    expect(await takeSnapshotIfDue(job, at("2026-03-05T08:00:00Z"))).not.toBeNull();
    expect(await takeSnapshotIfDue(job, at("2026-03-05T13:59:59Z"))).toBeNull();
    expect(await takeSnapshotIfDue(job, at("2026-03-05T14:00:00Z"))).not.toBeNull();

    expect(fs.readdirSync(dir).sort()).toEqual([
      "coupdemain-2026-03-05T08-00-00Z.tar.gz",
      "coupdemain-2026-03-05T14-00-00Z.tar.gz",
    ]);
    expect(logs[0]).toMatch(/^Backup snapshot .*coupdemain-2026-03-05T08-00-00Z\.tar\.gz: /);
  });

  it("keeps the newest BACKUP_KEEP, and leaves every other file alone", async () => {
    const { job, dir, logs } = fakeJob({ everyHours: 1, keep: 3 });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "coupdemain-avant-migration.tar.gz"), "à garder");
    fs.writeFileSync(path.join(dir, "notes.txt"), "à garder");

    for (let hour = 0; hour < 5; hour++) {
      await takeSnapshotIfDue(job, new Date(Date.UTC(2026, 2, 5, 10 + hour)));
    }

    expect(listSnapshots(dir).map(({ takenAt }) => takenAt.toISOString())).toEqual([
      "2026-03-05T14:00:00.000Z",
      "2026-03-05T13:00:00.000Z",
      "2026-03-05T12:00:00.000Z",
    ]);
    expect(fs.readdirSync(dir)).toContain("coupdemain-avant-migration.tar.gz");
    expect(fs.readdirSync(dir)).toContain("notes.txt");
    expect(logs.at(-1)).toMatch(/removed coupdemain-2026-03-05T11-00-00Z\.tar\.gz\.$/);
  });

  it("after a failed snapshot, deletes nothing and tries again at the next look", async () => {
    const { job, dir } = fakeJob({ everyHours: 24, keep: 1 });
    const working = job.backup!;
    await takeSnapshotIfDue(job, at("2026-03-04T08:00:00Z"));
    job.backup = () => Promise.reject(new Error("disque plein"));

    await expect(takeSnapshotIfDue(job, at("2026-03-05T08:00:00Z"))).rejects.toThrow(
      "disque plein",
    );
    expect(listSnapshots(dir)).toHaveLength(1);
    job.backup = working;
    expect(await takeSnapshotIfDue(job, at("2026-03-05T08:10:00Z"))).not.toBeNull();
    expect(fs.readdirSync(dir)).toEqual(["coupdemain-2026-03-05T08-10-00Z.tar.gz"]);
  });

  it("makes a real backup in a worker thread, which restores", async () => {
    const dir = path.join(temporaryFolder(), "snapshots");
    const now = at("2026-03-05T08:00:00Z");
    const taken = await takeSnapshotIfDue(
      {
        databasePath: db.$client.name,
        uploadsDir: path.join(dir, "..", "uploads"),
        settings: { dir, everyHours: 24, keep: 7 },
        log: () => {},
      },
      now,
    );
    expect(taken?.result.file).toBe(snapshotFile(dir, now));

    const target = path.join(temporaryFolder(), "restored.db");
    await restoreBackup({
      file: taken!.result.file,
      databasePath: target,
      uploadsDir: path.join(target, "..", "uploads"),
      progress: silentProgress,
    });
    expect(fs.statSync(target).size).toBe(taken!.result.manifest.database.bytes);
  });

  it("knows the newest snapshot by its name: a copied file's time says nothing", async () => {
    const { job, dir } = fakeJob({ everyHours: 24 });
    await takeSnapshotIfDue(job, at("2026-03-05T08:00:00Z"));
    const [file] = fs.readdirSync(dir);
    fs.utimesSync(path.join(dir, file!), new Date(0), new Date(0));

    expect(await takeSnapshotIfDue(job, at("2026-03-05T09:00:00Z"))).toBeNull();
  });

  it("brings a refusal back from the worker with the backup's message", async () => {
    const dir = temporaryFolder();
    const file = path.join(dir, "deja-la.tar.gz");
    fs.writeFileSync(file, "précieux");

    const failure = backupInWorker({
      databasePath: db.$client.name,
      uploadsDir: path.join(dir, "uploads"),
      file,
    });
    await expect(failure).rejects.toBeInstanceOf(BackupError);
    await expect(failure).rejects.toThrow(/already exists/);
  });
});

describe("startSnapshots", () => {
  it("looks again and again, one snapshot at a time, and stop waits for the one under way", async () => {
    const { job, dir } = fakeJob({ everyHours: 0.2 / 3600, keep: 100 });
    let running = 0;
    let overlapped = false;
    let finished = 0;
    const fake = job.backup!;
    job.backup = async (options) => {
      running += 1;
      if (running > 1) overlapped = true;
      // Slower than the interval: the next look must wait for this one.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const result = await fake({ ...options, file: path.join(dir, `n${finished}.tar.gz`) });
      running -= 1;
      finished += 1;
      return result;
    };

    const stop = startSnapshots(job);
    // Two done, the third under way: then stop.
    while (finished < 2 || running === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await stop();

    expect(overlapped).toBe(false);
    expect(running).toBe(0);
    expect(finished).toBe(3);
  });
});
