import { describe, expect, it } from "vitest";
import { CORPUS } from "#test/search-conformance-corpus";
import { createPreparer } from "./preparer";
import { prepareDocuments } from "./store";

describe("the bulk load's preparer", () => {
  it("prepares in a worker thread exactly what this thread would, batch after batch", async () => {
    const preparer = createPreparer();
    try {
      const [first, second] = await Promise.all([
        preparer.prepare(CORPUS.slice(0, 5)),
        preparer.prepare(CORPUS.slice(5)),
      ]);
      expect(first).toEqual(prepareDocuments(CORPUS.slice(0, 5)));
      expect(second).toEqual(prepareDocuments(CORPUS.slice(5)));
      expect(first![0]!.words).toContain("plombier");
      expect(preparer.inWorker).toBe(true);
    } finally {
      await preparer.close();
    }
  });
});
