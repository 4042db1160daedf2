-- The embedded search engine (ADR 006), written by search/embedded in the same
-- transaction as the post. Text arrives already normalized by search/text.ts
-- (lowercase, accents and elisions folded, words separated by spaces), so the
-- tokenizer only splits on spaces; `_` is a token character for the hidden
-- `geo` column's cell tokens (`g0_1234_567`), which no normalized word contains.
-- Contentless with deletes: the original and normalized text live in
-- `search_documents`, and a question is replaced or removed by rowid alone.
-- detail=column: no positions (proximity is computed from `search_documents`),
-- a smaller index and faster writes; prefix='2 3' for search-as-you-type.
CREATE VIRTUAL TABLE `search_fts` USING fts5(
  `title`, `tags`, `accepted`, `body`, `answers`, `geo`,
  content='', contentless_delete=1, detail=column, prefix='2 3',
  tokenize="unicode61 remove_diacritics 0 tokenchars '_'"
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts_vocab` USING fts5vocab(`search_fts`, 'row');
--> statement-breakpoint
-- One narrow row per indexed question (id = question id = search_fts rowid):
-- what filters, facets and sorts read, many rows to a page so counting tens
-- of thousands of matches stays cheap. x, y, z: the point on the unit
-- sphere, so "within r km" is a dot product (>= cos(r / R)), no trigonometry per row.
CREATE TABLE `search_documents` (
  `id` integer PRIMARY KEY NOT NULL,
  `lat` real NOT NULL,
  `lng` real NOT NULL,
  `x` real NOT NULL,
  `y` real NOT NULL,
  `z` real NOT NULL,
  `kind` text NOT NULL,
  `category` text NOT NULL,
  `solved` integer NOT NULL,
  `score` integer NOT NULL,
  `created_at` integer NOT NULL,
  -- " tag1 tag2 ": a tag filter is one instr().
  `tags` text NOT NULL
);
--> statement-breakpoint
-- The wide part, read only for the candidates being ranked and the hits shown:
-- the normalized words of title, tags, accepted answer, body and other
-- answers (one field per line, for the ranking), and the SearchDocument as
-- JSON (for hits, highlights and snippets).
CREATE TABLE `search_texts` (
  `id` integer PRIMARY KEY NOT NULL,
  `words` text NOT NULL,
  `document` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `search_documents_created_idx` ON `search_documents` (`created_at`);
--> statement-breakpoint
-- Every word ever indexed, in order of first appearance: the typo vocabulary
-- the engine keeps in memory and refreshes by reading the ids above the last
-- one it saw (a cheap check that also sees other processes' writes).
CREATE TABLE `search_terms` (
  `id` integer PRIMARY KEY NOT NULL,
  `term` text NOT NULL UNIQUE
);
--> statement-breakpoint
-- `vocabulary_epoch` changes when the terms are emptied (clear, rebuild), so
-- engines drop their in-memory copy instead of only adding to it.
CREATE TABLE `search_state` (
  `key` text PRIMARY KEY NOT NULL,
  `value` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `search_state` (`key`, `value`) VALUES ('vocabulary_epoch', 0);
