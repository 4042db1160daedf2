import { Worker } from "node:worker_threads";
import type { BackupOptions, BackupResult } from "./create";
import { BackupError } from "./format";

type WorkerAnswer =
  | { ok: true; result: BackupResult }
  | { ok: false; message: string; isBackupError: boolean };

/**
 * `createBackup` in a worker thread, for the server: copying, checking and
 * compressing a large database take seconds of CPU that would otherwise
 * stall every request. The worker has its own connection; the server's
 * writes go on meanwhile (copy.ts).
 */
export function backupInWorker(options: Omit<BackupOptions, "progress">): Promise<BackupResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./backup-worker.mjs", import.meta.url), {
      workerData: options,
    });
    let answered = false;
    worker.once("message", (answer: WorkerAnswer) => {
      answered = true;
      if (answer.ok) resolve(answer.result);
      else
        reject(answer.isBackupError ? new BackupError(answer.message) : new Error(answer.message));
    });
    worker.once("error", (error) => {
      answered = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (!answered) reject(new Error(`The backup worker stopped (exit code ${code}).`));
    });
  });
}
