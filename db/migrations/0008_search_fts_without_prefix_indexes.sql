-- The embedded search index, redefined for write speed (ADR 009):
-- - no prefix indexes: `prefix='2 3'` wrote every token three times; the
--   engine expands a typed prefix into whole words from its in-memory
--   vocabulary instead (search/embedded/vocabulary.ts);
-- - the `ascii` tokenizer: the text arrives normalized, words separated by
--   spaces, so splitting on ASCII separators is all it needs (every other
--   character stays inside its word, exactly as search/text.ts made it);
-- - automerge 16: fewer, larger merges while writing (a rebuild ends with
--   'optimize' anyway);
-- - `search_documents.seq`: the write that last changed the row, so an
--   engine keeping the rows' points and filters in memory reads only the
--   rows changed since it last looked (search/embedded/attributes.ts).
-- The index is emptied here and rebuilt at the next start (its format row is
-- gone, see embeddedIndexIsBehind in search/reindex.ts).
DROP TABLE `search_fts_vocab`;
--> statement-breakpoint
DROP TABLE `search_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts` USING fts5(
  `title`, `tags`, `accepted`, `body`, `answers`, `geo`,
  content='', contentless_delete=1, detail=column,
  tokenize="ascii tokenchars '_'"
);
--> statement-breakpoint
INSERT INTO `search_fts` (`search_fts`, `rank`) VALUES ('automerge', 16);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts_vocab` USING fts5vocab(`search_fts`, 'row');
--> statement-breakpoint
DELETE FROM `search_documents`;
--> statement-breakpoint
ALTER TABLE `search_documents` ADD `seq` integer NOT NULL DEFAULT 0;
--> statement-breakpoint
CREATE INDEX `search_documents_seq_idx` ON `search_documents` (`seq`);
--> statement-breakpoint
INSERT INTO `search_state` (`key`, `value`) VALUES ('documents_seq', 0);
--> statement-breakpoint
DELETE FROM `search_texts`;
--> statement-breakpoint
DELETE FROM `search_terms`;
--> statement-breakpoint
UPDATE `search_state` SET `value` = `value` + 1 WHERE `key` = 'vocabulary_epoch';
--> statement-breakpoint
DELETE FROM `search_state` WHERE `key` = 'index_format';
