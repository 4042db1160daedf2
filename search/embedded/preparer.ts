/**
 * Prepares documents for the index (search/embedded/store.ts
 * `prepareDocuments`) in a worker thread, so a bulk load tokenizes the next
 * batch on one core while this thread writes the last one on the other
 * (ADR 009). Should the worker fail to start, batches are prepared here.
 */
import { Worker } from "node:worker_threads";
import type { SearchDocument } from "#search/engine";
import { prepareDocuments, type PreparedDocument } from "./store";

export type Preparer = {
  prepare(documents: SearchDocument[]): Promise<PreparedDocument[]>;
  close(): Promise<void>;
  /** False once preparing fell back to this thread. */
  readonly inWorker: boolean;
};

type Pending = {
  documents: SearchDocument[];
  resolve: (prepared: PreparedDocument[]) => void;
};

export function createPreparer(): Preparer {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let worker: Worker | null = null;
  const prepareHere = () => {
    worker = null;
    for (const [id, { documents, resolve }] of pending) {
      pending.delete(id);
      resolve(prepareDocuments(documents));
    }
  };
  try {
    worker = new Worker(new URL("./prepare-worker.mjs", import.meta.url));
    worker.on("message", ({ id, prepared }: { id: number; prepared: PreparedDocument[] }) => {
      const waiting = pending.get(id);
      pending.delete(id);
      waiting?.resolve(prepared);
    });
    worker.on("error", (error) => {
      console.warn(`Search index: preparing in this thread (${error.message}).`);
      prepareHere();
    });
  } catch {
    worker = null;
  }

  return {
    prepare(documents) {
      if (!worker) return Promise.resolve(prepareDocuments(documents));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { documents, resolve });
        worker!.postMessage({ id, documents });
      });
    },
    async close() {
      const closing = worker;
      worker = null;
      await closing?.terminate();
    },
    get inWorker() {
      return worker !== null;
    },
  };
}
