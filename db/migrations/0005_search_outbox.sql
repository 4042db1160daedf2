CREATE TABLE `search_outbox` (
	`question_id` integer PRIMARY KEY NOT NULL,
	`changed_at` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer DEFAULT 0 NOT NULL,
	`last_error` text
);
--> statement-breakpoint
CREATE INDEX `search_outbox_next_idx` ON `search_outbox` (`next_attempt_at`);