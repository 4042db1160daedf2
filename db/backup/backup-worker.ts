/**
 * The worker thread of `backupInWorker` (in-worker.ts): one backup, told
 * by `workerData`, answered with one message.
 */
import { parentPort, workerData } from "node:worker_threads";
import { silentProgress } from "#db/progress";
import { createBackup, type BackupOptions } from "./create";
import { BackupError } from "./format";

try {
  const result = await createBackup({
    ...(workerData as Omit<BackupOptions, "progress">),
    progress: silentProgress,
  });
  parentPort!.postMessage({ ok: true, result });
} catch (error) {
  parentPort!.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
    isBackupError: error instanceof BackupError,
  });
}
