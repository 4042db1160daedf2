import fs from "node:fs";
import path from "node:path";
import { repeatEvery } from "#app/domain/repeat.server";
import type { BackupOptions, BackupResult } from "./create";
import { BACKUP_STAGING_PREFIX, fileTimestamp } from "./format";
import { backupInWorker } from "./in-worker";

export type SnapshotSettings = {
  /** The folder of the snapshots (created when missing). */
  dir: string;
  /** A snapshot is due this long after the newest one. */
  everyHours: number;
  /** How many snapshots to keep, the newest. */
  keep: number;
};

export type SnapshotJob = {
  databasePath: string;
  uploadsDir: string;
  settings: SnapshotSettings;
  log?: (line: string) => void;
  /** How a snapshot is made: in a worker thread, unless a test says otherwise. */
  backup?: (options: Omit<BackupOptions, "progress">) => Promise<BackupResult>;
};

/** The server looks this often whether a snapshot is due (or every `everyHours`, when shorter). */
const CHECK_EVERY_MS = 10 * 60 * 1000;
/** Staging folders older than this were left by a backup that died: theirs go. */
const STALE_STAGING_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

const SNAPSHOT_NAME = /^coupdemain-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.tar\.gz$/;

export function snapshotFile(dir: string, takenAt: Date) {
  return path.join(dir, `coupdemain-${fileTimestamp(takenAt)}.tar.gz`);
}

/**
 * The snapshots in `dir`, newest first, known by their names (a copy or a
 * `touch` changes a file's time, not its name); other files are not ours.
 */
export function listSnapshots(dir: string): { file: string; takenAt: Date }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const match = SNAPSHOT_NAME.exec(name);
      if (!match) return [];
      const [, day, hours, minutes, seconds] = match;
      return [
        { file: path.join(dir, name), takenAt: new Date(`${day}T${hours}:${minutes}:${seconds}Z`) },
      ];
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** Deletes all but the `keep` newest snapshots; returns the files deleted. */
export function pruneSnapshots(dir: string, keep: number): string[] {
  const removed = listSnapshots(dir)
    .slice(keep)
    .map(({ file }) => file);
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}

/**
 * One look: when the newest snapshot is `everyHours` old (or there is none),
 * takes one, then deletes the oldest beyond `keep`. Due-ness comes from the
 * folder, so a restarted server neither snapshots again at once nor forgets
 * one that is late; a failed snapshot is tried again at the next look, and
 * deletes nothing.
 */
export async function takeSnapshotIfDue(
  { databasePath, uploadsDir, settings, log = console.log, backup = backupInWorker }: SnapshotJob,
  now = new Date(),
): Promise<{ result: BackupResult; removed: string[] } | null> {
  const newest = listSnapshots(settings.dir)[0];
  if (newest && now.getTime() - newest.takenAt.getTime() < settings.everyHours * HOUR_MS) {
    return null;
  }
  removeStaleStaging(settings.dir, now);
  const result = await backup({
    databasePath,
    uploadsDir,
    file: snapshotFile(settings.dir, now),
    now,
  });
  const removed = pruneSnapshots(settings.dir, settings.keep);
  log(
    `Backup snapshot ${result.file}: ${(result.bytes / 1e6).toFixed(1)} MB in ` +
      `${(result.ms / 1000).toFixed(1)} s` +
      (removed.length
        ? `; removed ${removed.map((file) => path.basename(file)).join(", ")}.`
        : "."),
  );
  return { result, removed };
}

/**
 * The server's periodic snapshots (BACKUP_DIR, BACKUP_EVERY_HOURS,
 * BACKUP_KEEP): looks every 10 minutes whether one is due, never two at a
 * time (`repeatEvery`). Returns `stop`, which waits for a snapshot under way.
 */
export function startSnapshots(job: SnapshotJob): () => Promise<void> {
  const checkEveryMs = Math.min(CHECK_EVERY_MS, job.settings.everyHours * HOUR_MS);
  return repeatEvery(
    checkEveryMs,
    () => takeSnapshotIfDue(job),
    (error) => console.error(`Backup snapshot failed: ${(error as Error).message ?? error}`),
  );
}

function removeStaleStaging(dir: string, now: Date) {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(BACKUP_STAGING_PREFIX)) continue;
    const folder = path.join(dir, name);
    if (now.getTime() - fs.statSync(folder).mtimeMs > STALE_STAGING_MS) {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }
}
