CREATE TABLE `answers` (
	`id` integer PRIMARY KEY NOT NULL,
	`question_id` integer NOT NULL,
	`author_id` text NOT NULL,
	`body` text NOT NULL,
	`body_html` text NOT NULL,
	`score` integer DEFAULT 0 NOT NULL,
	`upvote_count` integer DEFAULT 0 NOT NULL,
	`thanks_count` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`edited_at` integer,
	`deleted_at` integer,
	`deleted_by_id` text,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deleted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `answers_question_idx` ON `answers` (`question_id`);--> statement-breakpoint
CREATE INDEX `answers_author_idx` ON `answers` (`author_id`);--> statement-breakpoint
CREATE TABLE `close_votes` (
	`id` integer PRIMARY KEY NOT NULL,
	`question_id` integer NOT NULL,
	`voter_id` text NOT NULL,
	`action` text NOT NULL,
	`reason` text,
	`duplicate_of_id` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`settled_at` integer,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `close_votes_question_idx` ON `close_votes` (`question_id`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY NOT NULL,
	`question_id` integer NOT NULL,
	`answer_id` integer,
	`author_id` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`deleted_at` integer,
	`deleted_by_id` text,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answer_id`) REFERENCES `answers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deleted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comments_question_idx` ON `comments` (`question_id`);--> statement-breakpoint
CREATE TABLE `imported_records` (
	`source` text NOT NULL,
	`type` text NOT NULL,
	`source_id` text NOT NULL,
	`local_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`source`, `type`, `source_id`)
);
--> statement-breakpoint
CREATE TABLE `post_revisions` (
	`id` integer PRIMARY KEY NOT NULL,
	`post_type` text NOT NULL,
	`post_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`title` text,
	`body` text NOT NULL,
	`category` text,
	`tags` text,
	`editor_id` text NOT NULL,
	`summary` text,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`editor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `post_revisions_unique_idx` ON `post_revisions` (`post_type`,`post_id`,`revision`);--> statement-breakpoint
CREATE TABLE `question_tags` (
	`question_id` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`question_id`, `tag`),
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `question_tags_tag_idx` ON `question_tags` (`tag`);--> statement-breakpoint
CREATE TABLE `questions` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` text NOT NULL,
	`place_id` integer NOT NULL,
	`kind` text NOT NULL,
	`category` text NOT NULL,
	`title` text NOT NULL,
	`slug` text NOT NULL,
	`body` text NOT NULL,
	`body_html` text NOT NULL,
	`lat` real NOT NULL,
	`lng` real NOT NULL,
	`position_shared` integer DEFAULT false NOT NULL,
	`needed_by` text,
	`score` integer DEFAULT 0 NOT NULL,
	`upvote_count` integer DEFAULT 0 NOT NULL,
	`answer_count` integer DEFAULT 0 NOT NULL,
	`accepted_answer_id` integer,
	`closed_reason` text,
	`duplicate_of_id` integer,
	`closed_at` integer,
	`closed_by_id` text,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`edited_at` integer,
	`last_activity_at` integer DEFAULT (unixepoch()) NOT NULL,
	`deleted_at` integer,
	`deleted_by_id` text,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deleted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `questions_place_created_idx` ON `questions` (`place_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `questions_author_idx` ON `questions` (`author_id`);--> statement-breakpoint
CREATE INDEX `questions_created_idx` ON `questions` (`created_at`);--> statement-breakpoint
CREATE TABLE `reputation_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`reason` text NOT NULL,
	`rule_points` integer NOT NULL,
	`points` integer NOT NULL,
	`action_key` text NOT NULL,
	`post_type` text,
	`post_id` integer,
	`actor_id` text,
	`day` text NOT NULL,
	`reverses_id` integer,
	`reversed_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reputation_events_user_day_idx` ON `reputation_events` (`user_id`,`day`);--> statement-breakpoint
CREATE INDEX `reputation_events_action_idx` ON `reputation_events` (`action_key`);--> statement-breakpoint
CREATE TABLE `thanks` (
	`answer_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`answer_id`, `user_id`),
	FOREIGN KEY (`answer_id`) REFERENCES `answers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `votes` (
	`id` integer PRIMARY KEY NOT NULL,
	`post_type` text NOT NULL,
	`post_id` integer NOT NULL,
	`voter_id` text NOT NULL,
	`value` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`voter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `votes_unique_idx` ON `votes` (`post_type`,`post_id`,`voter_id`);--> statement-breakpoint
CREATE INDEX `votes_voter_idx` ON `votes` (`voter_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `reputation` integer DEFAULT 0 NOT NULL;