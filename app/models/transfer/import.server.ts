import type { AppDatabase } from "#db/client";
import { importedRecords } from "#db/schema";
import type { Store } from "#app/server/search.server";
import { parseRecordLine, type RecordCounts, type RecordLine, type RecordType } from "./records";
import { findImported, LineError, storeRecord } from "./store-records.server";

/**
 * Importing a community (the format is records.ts, docs/import.md). Each
 * line is stored in its own transaction, so a bad line stores nothing and the
 * lines around it are unaffected; the source's ids are remembered in
 * `imported_records`, so importing the same file again changes nothing.
 */

export type ImportReport = {
  /** Lines read, blank ones included. */
  lines: number;
  created: RecordCounts;
  /** Already imported from this source: left as they are. */
  skipped: RecordCounts;
  /** Member lines whose email already belonged to a member here: mapped to that account. */
  linkedMembers: number;
  errors: { line: number; reason: string }[];
};

function emptyCounts(): RecordCounts {
  return { member: 0, question: 0, answer: 0, comment: 0, vote: 0, organisation: 0 };
}

export async function importCommunity(
  { db, search }: Store,
  lines: AsyncIterable<string> | Iterable<string>,
  { source, onProgress }: { source: string; onProgress?: (linesDone: number) => void },
): Promise<ImportReport> {
  if (!source.trim()) throw new Error("The import source must not be empty.");
  const report: ImportReport = {
    lines: 0,
    created: emptyCounts(),
    skipped: emptyCounts(),
    linkedMembers: 0,
    errors: [],
  };
  for await (const text of lines) {
    report.lines += 1;
    // A byte order mark, or a blank line (a trailing newline), is not a record.
    const line = (report.lines === 1 ? text.replace(/^\uFEFF/, "") : text).trim();
    if (line) {
      const result = importLine({ db, search }, source, line);
      if (!result.ok) report.errors.push({ line: report.lines, reason: result.reason });
      else if (result.outcome === "skipped") report.skipped[result.type] += 1;
      else {
        report.created[result.type] += result.outcome === "created" ? 1 : 0;
        report.linkedMembers += result.outcome === "linked" ? 1 : 0;
      }
    }
    onProgress?.(report.lines);
  }
  return report;
}

type LineResult =
  | { ok: true; type: RecordType; outcome: "created" | "linked" | "skipped" }
  | { ok: false; reason: string };

function importLine({ db, search }: Store, source: string, line: string): LineResult {
  const parsed = parseRecordLine(line);
  if (!parsed.ok) return parsed;
  const { record, label } = parsed;
  const key = recordKey(record);
  try {
    return db.transaction(() => {
      if (findImported(db, source, record.type, key) != null) {
        return { ok: true as const, type: record.type, outcome: "skipped" as const };
      }
      const stored = storeRecord({ db, search }, source, record);
      rememberImported(db, source, record.type, key, stored.localId);
      return { ok: true as const, type: record.type, outcome: stored.outcome };
    });
  } catch (error) {
    if (error instanceof LineError) return { ok: false, reason: label + error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `${label}could not be stored: ${message}` };
  }
}

/**
 * Bulk loading (`npm run seed:scale`): many lines in one transaction, each
 * stored exactly as an import stores it, without the look-up for lines
 * already imported. Any refused line aborts the whole batch: the lines are
 * expected to be valid, and half a batch is never kept.
 */
export function importBatch({ db, search }: Store, source: string, lines: readonly string[]) {
  db.transaction(() => {
    for (const line of lines) {
      const parsed = parseRecordLine(line);
      if (!parsed.ok) throw new Error(parsed.reason);
      const { record, label } = parsed;
      try {
        const stored = storeRecord({ db, search }, source, record);
        rememberImported(db, source, record.type, recordKey(record), stored.localId);
      } catch (error) {
        throw new Error(label + (error instanceof Error ? error.message : String(error)));
      }
    }
  });
}

/** What a source's record is remembered by: its id, or for a vote its post and voter. */
function recordKey(record: RecordLine) {
  return record.type === "vote" ? `${record.post}:${record.voter}` : record.id;
}

function rememberImported(
  db: AppDatabase,
  source: string,
  type: RecordType,
  sourceId: string,
  localId: string,
) {
  db.insert(importedRecords).values({ source, type: type, sourceId, localId }).run();
}
