/**
 * The worker thread of search/embedded/preparer.ts: turns batches of
 * documents into rows (tokenizing, JSON), the JavaScript half of a bulk load.
 */
import { parentPort } from "node:worker_threads";
import type { SearchDocument } from "#search/engine";
import { prepareDocuments } from "./store";

parentPort!.on("message", ({ id, documents }: { id: number; documents: SearchDocument[] }) => {
  parentPort!.postMessage({ id, prepared: prepareDocuments(documents) });
});
