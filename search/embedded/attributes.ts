/**
 * What counting, filtering and ranking read of every match besides its
 * words, kept in memory by document key (a question's id, minus a listing's): its point on the unit sphere, its
 * kind, category and solved flag, its score and date (ADR 009). Reading them from `search_documents` cost a b-tree
 * lookup per match, most of a local search's time at a million questions;
 * here a match costs an array read, so FTS5's rowids are all a query reads.
 *
 * Kept in step like the vocabulary: each write to the index stamps its rows
 * with a new `seq` (search/embedded/store.ts), and `refresh` reads the rows
 * stamped since it last looked, whichever connection wrote them. Rows of
 * removed documents may stay here: FTS5 no longer returns their ids.
 * About 39 bytes a document (39 MB at a million).
 */
import type Database from "better-sqlite3";

export type Attributes = {
  /** Reads the rows written since the last call (all of them the first time). */
  refresh(): void;
  /** Whether the question's row has been read (false: written since the last refresh, or unknown). */
  has(id: number): boolean;
  /** The dot product of the question's unit vector with (x, y, z): >= cos(r / R) within r km. */
  dot(id: number, x: number, y: number, z: number): number;
  kind(id: number): string;
  category(id: number): string;
  solved(id: number): boolean;
  score(id: number): number;
  /** Unix seconds. */
  createdAt(id: number): number;
};

/** Kinds and categories as small numbers, in order of first appearance. */
function createDictionary() {
  const codes = new Map<string, number>();
  const values: string[] = [];
  return {
    code(value: string): number {
      let code = codes.get(value);
      if (code === undefined) {
        code = values.length;
        codes.set(value, code);
        values.push(value);
      }
      return code;
    },
    value: (code: number) => values[code]!,
  };
}

type Row = [
  id: number,
  x: number,
  y: number,
  z: number,
  kind: string,
  category: string,
  solved: number,
  score: number,
  createdAt: number,
];

const KNOWN = 1;
const SOLVED = 2;

/**
 * One type's attributes in typed arrays indexed by id: questions by their
 * id, listings by theirs (their key is minus it), so neither type's arrays
 * grow to the other's ids.
 */
function createBank() {
  let capacity = 0;
  let x = new Float64Array(0);
  let y = new Float64Array(0);
  let z = new Float64Array(0);
  let kinds = new Uint8Array(0);
  let categories = new Uint8Array(0);
  /** KNOWN | SOLVED bits. */
  let flags = new Uint8Array(0);
  let scores = new Int32Array(0);
  let dates = new Float64Array(0);

  /** Room for ids up to `id`, growing by half again so a stream of new questions reallocates rarely. */
  const ensure = (id: number) => {
    if (id < capacity) return;
    const size = Math.max(id + 1, Math.ceil(capacity * 1.5), 1024);
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    x = grow(x, new Float64Array(size));
    y = grow(y, new Float64Array(size));
    z = grow(z, new Float64Array(size));
    kinds = grow(kinds, new Uint8Array(size));
    categories = grow(categories, new Uint8Array(size));
    flags = grow(flags, new Uint8Array(size));
    scores = grow(scores, new Int32Array(size));
    dates = grow(dates, new Float64Array(size));
    capacity = size;
  };

  return {
    set(id: number, [, ux, uy, uz, kind, category, solved, score, createdAt]: Row, code: Codes) {
      ensure(id);
      x[id] = ux;
      y[id] = uy;
      z[id] = uz;
      kinds[id] = code.kind(kind);
      categories[id] = code.category(category);
      flags[id] = KNOWN | (solved ? SOLVED : 0);
      scores[id] = score;
      dates[id] = createdAt;
    },
    has: (id: number) => id < capacity && (flags[id]! & KNOWN) !== 0,
    dot: (id: number, cx: number, cy: number, cz: number) =>
      x[id]! * cx + y[id]! * cy + z[id]! * cz,
    kind: (id: number) => kinds[id]!,
    category: (id: number) => categories[id]!,
    solved: (id: number) => (flags[id]! & SOLVED) !== 0,
    score: (id: number) => scores[id]!,
    createdAt: (id: number) => dates[id]!,
  };
}

type Codes = { kind(value: string): number; category(value: string): number };

export function createAttributes(sqlite: Database.Database): Attributes {
  const state = sqlite.prepare(
    `SELECT (SELECT value FROM search_state WHERE key = 'documents_seq') AS seq,
            (SELECT value FROM search_state WHERE key = 'vocabulary_epoch') AS epoch`,
  );
  const changedRows = sqlite
    .prepare(
      `SELECT id, x, y, z, kind, category, solved, score, created_at
       FROM search_documents WHERE seq > ? ORDER BY seq`,
    )
    .raw();
  let epoch: number | null = null;
  let seenSeq = -1;
  let questions = createBank();
  let listings = createBank();
  let kindNames = createDictionary();
  let categoryNames = createDictionary();
  let codes: Codes = { kind: kindNames.code, category: categoryNames.code };

  const reset = () => {
    seenSeq = -1;
    questions = createBank();
    listings = createBank();
    kindNames = createDictionary();
    categoryNames = createDictionary();
    codes = { kind: kindNames.code, category: categoryNames.code };
  };
  // A key (search_documents.id) is a question's id, or minus a listing's.
  const bank = (key: number) => (key >= 0 ? questions : listings);
  const index = (key: number) => (key >= 0 ? key : -key);

  return {
    refresh() {
      const current = state.get() as { seq: number | null; epoch: number | null };
      // Emptied (a rebuild): start again rather than keep every old row.
      if (current.epoch !== epoch) {
        epoch = current.epoch;
        reset();
      }
      const seq = current.seq ?? 0;
      if (seq === seenSeq) return;
      for (const row of changedRows.iterate(seenSeq) as Iterable<Row>) {
        bank(row[0]).set(index(row[0]), row, codes);
      }
      seenSeq = seq;
    },
    has: (key) => bank(key).has(index(key)),
    dot: (key, cx, cy, cz) => bank(key).dot(index(key), cx, cy, cz),
    kind: (key) => kindNames.value(bank(key).kind(index(key))),
    category: (key) => categoryNames.value(bank(key).category(index(key))),
    solved: (key) => bank(key).solved(index(key)),
    score: (key) => bank(key).score(index(key)),
    createdAt: (key) => bank(key).createdAt(index(key)),
  };
}
