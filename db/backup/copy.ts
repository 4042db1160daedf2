import Database from "better-sqlite3";

/** SQLite's "as many as there are": a step that copies every remaining page at once. */
const ALL_PAGES = 0x7fffffff;

export type CopyOptions = {
  /** Called with 0 first, then after each step: pages copied, pages in all. */
  onProgress?: (done: number, total: number) => void;
  /** Pages copied a step; the other connections write freely between steps. */
  pagesPerStep?: number;
};

export type CopyResult = { pages: number; pageSize: number; restarts: number };

/**
 * Copies the live database at `sourcePath` into the new file `targetPath`
 * with SQLite's online backup API, while other connections and processes
 * keep reading and writing it.
 *
 * The copy goes a few pages a step, so a progress bar can follow it. A
 * write by another connection between two steps makes SQLite start over;
 * after such a restart the rest goes in one step, which reads one
 * consistent snapshot of the database (WAL lets writers go on meanwhile),
 * so a busy server can never keep the copy from finishing.
 */
export async function copyDatabase(
  sourcePath: string,
  targetPath: string,
  { onProgress, pagesPerStep = 1000 }: CopyOptions = {},
): Promise<CopyResult> {
  // Not read-only: a read-only connection cannot recover a WAL left by a crash.
  const source = new Database(sourcePath, { fileMustExist: true, timeout: 5000 });
  try {
    let previousRemaining = Infinity;
    let restarts = 0;
    onProgress?.(0, Number(source.pragma("page_count", { simple: true })));
    const { totalPages } = await source.backup(targetPath, {
      progress({ totalPages, remainingPages }) {
        // Each step leaves fewer pages to copy, unless the copy started over.
        if (remainingPages >= previousRemaining) restarts += 1;
        previousRemaining = remainingPages;
        // 0 would start the progress step again.
        if (remainingPages < totalPages) onProgress?.(totalPages - remainingPages, totalPages);
        return restarts > 0 ? ALL_PAGES : pagesPerStep;
      },
    });
    onProgress?.(totalPages, totalPages);
    const pageSize = Number(source.pragma("page_size", { simple: true }));
    return { pages: totalPages, pageSize, restarts };
  } finally {
    source.close();
  }
}
