/**
 * Writes to the embedded index (tables of migration 0006), synchronous so
 * they run inside the caller's transaction: a post and its index entry are
 * committed, or rolled back, together.
 */
import type Database from "better-sqlite3";
import type { Point } from "#app/domain/geo";
import { documentKey, type SearchDocument } from "#search/engine";
import { searchWords } from "#search/text";
import { cellTokens } from "./cells";

/**
 * What this code writes to the index. Raise it when that changes (what a
 * column holds, how words are made): the server sees an index of another
 * format as behind and rebuilds it at start-up (search/reindex.ts).
 * 2: the hidden `geo` column also holds the filter words below, and the
 *    FTS5 rowid is minus the question id (see `ftsRowid`).
 * 3: no prefix indexes, the `ascii` tokenizer and `search_documents.seq`
 *    (migration 0008), and the vocabulary in order of frequency (see
 *    `recordIndexedTerms`).
 * 4: listings too (ADR 021): their rows' id is minus the listing's id
 *    (`documentKey`), so their FTS5 rowids are positive.
 */
export const INDEX_FORMAT = 4;

/**
 * Words of the hidden `geo` column besides the cells: kind, category and
 * solved, so a filter is one more MATCH term that FTS5 intersects inside the
 * index (no row read per match), and "solved first" candidates are a MATCH
 * too. Like cell words they contain "_", which no normalized word does.
 */
export const filterToken = {
  kind: (kind: string) => `k_${kind}`,
  category: (category: string) => `c_${category}`,
  solved: (solved: boolean) => (solved ? "s_1" : "s_0"),
  /** Listings' own, apart from questions' (some category names are the same). */
  organisationKind: (kind: string) => `ok_${kind}`,
  organisationCategory: (category: string) => `oc_${category}`,
  /** A listing with opening hours: the only ones « ouvert maintenant » reads. */
  hasHours: "h_1",
};

/**
 * A document's rowid in `search_fts`: minus its key (`documentKey`). For a
 * question, minus its id, so FTS5's cheap direction (ascending rowids: it
 * reads a doclist forwards and can stop at a LIMIT, while a descending scan
 * loads the whole doclist first) yields the newest questions first. A
 * listing's key is minus its id, so its rowid is its id: every question
 * comes before every listing, and a rowid range (`rowid < 0`, `rowid > 0`)
 * reads one type alone.
 */
export const ftsRowid = (key: number) => -key;

function hiddenTokens(document: SearchDocument): string {
  if (document.type === "organisation") {
    return [
      ...cellTokens(document),
      filterToken.organisationKind(document.kind),
      filterToken.organisationCategory(document.category),
      ...(document.openingHours ? [filterToken.hasHours] : []),
    ].join(" ");
  }
  return [
    ...cellTokens(document),
    filterToken.kind(document.kind),
    filterToken.category(document.category),
    filterToken.solved(document.solved),
  ].join(" ");
}

/** The searchable fields, in the order of the FTS5 columns and of the `words` lines. */
export const FIELDS = ["title", "tags", "acceptedAnswer", "body", "answers"] as const;
export type Field = (typeof FIELDS)[number];

type Statements = ReturnType<typeof prepare>;
const cache = new WeakMap<Database.Database, Statements>();

function prepare(sqlite: Database.Database) {
  return {
    insertText: sqlite.prepare(
      `INSERT OR REPLACE INTO search_fts (rowid, title, tags, accepted, body, answers, geo)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    upsertDocument: sqlite.prepare(
      `INSERT OR REPLACE INTO search_documents
         (id, lat, lng, x, y, z, kind, category, solved, score, created_at, tags, seq)
       VALUES (@id, @lat, @lng, @x, @y, @z, @kind, @category, @solved, @score, @createdAt, @tags, @seq)`,
    ),
    nextSeq: sqlite
      .prepare(
        "UPDATE search_state SET value = value + 1 WHERE key = 'documents_seq' RETURNING value",
      )
      .pluck(),
    upsertText: sqlite.prepare(
      "INSERT OR REPLACE INTO search_texts (id, words, document) VALUES (?, ?, ?)",
    ),
    insertTerm: sqlite.prepare("INSERT OR IGNORE INTO search_terms (term) VALUES (?)"),
    deleteText: sqlite.prepare("DELETE FROM search_fts WHERE rowid = ?"),
    deleteDocument: sqlite.prepare("DELETE FROM search_documents WHERE id = ?"),
    deleteTextRow: sqlite.prepare("DELETE FROM search_texts WHERE id = ?"),
  };
}

function statements(sqlite: Database.Database): Statements {
  let prepared = cache.get(sqlite);
  if (!prepared) {
    prepared = prepare(sqlite);
    cache.set(sqlite, prepared);
  }
  return prepared;
}

const RADIANS = Math.PI / 180;

/** A point on the unit sphere: two points are within r km when their dot product is >= cos(r / R). */
export function unitVector(point: Point) {
  const lat = point.lat * RADIANS;
  const lng = point.lng * RADIANS;
  return { x: Math.cos(lat) * Math.cos(lng), y: Math.cos(lat) * Math.sin(lng), z: Math.sin(lat) };
}

/**
 * The normalized words of each searchable field of a document. A listing's
 * fields fill a question's: its name the title, its other name and labels
 * the tags, its description the body.
 */
export function documentWords(document: SearchDocument): Record<Field, string[]> {
  if (document.type === "organisation") {
    return {
      title: searchWords(document.title),
      tags: document.tags.flatMap((tag) => searchWords(tag)),
      acceptedAnswer: [],
      body: searchWords(document.body),
      answers: [],
    };
  }
  return {
    title: searchWords(document.title),
    tags: document.tags.flatMap((tag) => searchWords(tag)),
    acceptedAnswer: searchWords(document.acceptedAnswer),
    body: searchWords(document.body),
    answers: searchWords(document.answers),
  };
}

/**
 * A document as the index stores it, ready to write: pure work with no
 * database, so a bulk load can do it in a worker thread
 * (search/embedded/preparer.ts) while this one writes.
 */
export type PreparedDocument = {
  /** The document's key (`documentKey`): the id of its rows. */
  id: number;
  /** The `search_fts` row: rowid, the words of each field, the hidden words. */
  index: [rowid: number, ...fields: string[]];
  /** The `search_documents` row, but its `seq`. */
  row: {
    id: number;
    lat: number;
    lng: number;
    x: number;
    y: number;
    z: number;
    kind: string;
    category: string;
    solved: number;
    score: number;
    createdAt: number;
    tags: string;
  };
  /** The normalized words, one line per field, for the ranking. */
  words: string;
  /** The document as JSON, for hits, highlights and snippets. */
  json: string;
};

export function prepareDocuments(documents: SearchDocument[]): PreparedDocument[] {
  return documents.map((document) => {
    const words = documentWords(document);
    const lines = FIELDS.map((field) => words[field].join(" "));
    const key = documentKey(document);
    const question = document.type === "organisation" ? null : document;
    return {
      id: key,
      index: [ftsRowid(key), ...lines, hiddenTokens(document)],
      row: {
        id: key,
        lat: document.lat,
        lng: document.lng,
        ...unitVector(document),
        kind: document.kind,
        category: document.category,
        solved: question?.solved ? 1 : 0,
        score: question?.score ?? 0,
        createdAt: document.createdAt,
        // The tag filter is a question's: a listing's labels are not tags.
        tags: question ? ` ${question.tags.join(" ")} ` : "  ",
      },
      words: lines.join("\n"),
      json: JSON.stringify(document),
    };
  });
}

/**
 * Adds or replaces documents. `recordTerms: false` leaves the typo
 * vocabulary to the caller (the rebuild fills it once from the index, which
 * is faster than a row per word per document).
 */
export function writeDocuments(
  sqlite: Database.Database,
  documents: SearchDocument[],
  options: { recordTerms?: boolean } = {},
) {
  writePreparedDocuments(sqlite, prepareDocuments(documents), options);
}

export function writePreparedDocuments(
  sqlite: Database.Database,
  documents: PreparedDocument[],
  { recordTerms = true }: { recordTerms?: boolean } = {},
) {
  if (documents.length === 0) return;
  const statement = statements(sqlite);
  // One stamp for the whole write: engines read what changed since theirs (attributes.ts).
  const seq = statement.nextSeq.get() as number;
  for (const document of documents) {
    statement.upsertDocument.run({ ...document.row, seq });
    statement.upsertText.run(document.id, document.words, document.json);
  }
  // FTS5 rows last: a write to another table that opens a statement journal
  // (INSERT OR REPLACE on an indexed table does) makes FTS5 flush the terms
  // it holds in memory, a tiny segment per question; in one run they are
  // flushed once, at the commit.
  for (const document of documents) statement.insertText.run(...document.index);
  if (recordTerms) {
    const terms = new Set<string>();
    for (const document of documents) {
      for (const word of document.words.split(/[ \n]/)) if (word) terms.add(word);
    }
    for (const term of terms) statement.insertTerm.run(term);
  }
}

/** Removes documents by key (`documentKey`). */
export function removeDocuments(sqlite: Database.Database, keys: number[]) {
  const statement = statements(sqlite);
  for (const key of keys) {
    statement.deleteText.run(ftsRowid(key));
    statement.deleteDocument.run(key);
    statement.deleteTextRow.run(key);
  }
}

/** Empties the index and its vocabulary; engines see the new epoch and drop their copy. */
export function clearIndex(sqlite: Database.Database) {
  sqlite.exec(`
    INSERT INTO search_fts (search_fts) VALUES ('delete-all');
    DELETE FROM search_documents;
    DELETE FROM search_texts;
    DELETE FROM search_terms;
    UPDATE search_state SET value = value + 1 WHERE key = 'vocabulary_epoch';
  `);
  // An empty index is of the current format; the rebuild then fills it.
  sqlite
    .prepare(
      `INSERT INTO search_state (key, value) VALUES ('index_format', ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    )
    .run(INDEX_FORMAT);
}

/** False for an index written by older code (no format row, or another number): it must be rebuilt. */
export function indexFormatIsCurrent(sqlite: Database.Database): boolean {
  const format = sqlite
    .prepare("SELECT value FROM search_state WHERE key = 'index_format'")
    .pluck()
    .get() as number | undefined;
  return format === INDEX_FORMAT;
}

/**
 * Fills the vocabulary from the index itself (after a rebuild); cell words
 * contain "_", words never do. Commonest first: a short typed prefix is
 * expanded into the first words of the vocabulary that start with it
 * (search/embedded/vocabulary.ts). Words added later, one post at a time,
 * come after them, in order of first appearance: rarer, as a rule.
 */
export function recordIndexedTerms(sqlite: Database.Database) {
  sqlite.exec(`
    INSERT OR IGNORE INTO search_terms (term)
      SELECT term FROM search_fts_vocab WHERE instr(term, '_') = 0 ORDER BY doc DESC, term;
  `);
}

/** Merges the index's b-trees into one: faster queries after a bulk load. */
export function optimizeIndex(sqlite: Database.Database) {
  sqlite.exec("INSERT INTO search_fts (search_fts) VALUES ('optimize')");
}
