CREATE TABLE `member_skills` (
	`user_id` text NOT NULL,
	`skill` text NOT NULL,
	`kind` text NOT NULL,
	PRIMARY KEY(`user_id`, `skill`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `member_skills_skill_idx` ON `member_skills` (`skill`,`user_id`);--> statement-breakpoint
CREATE TABLE `images` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`owner_id` text NOT NULL,
	`purpose` text NOT NULL,
	`question_id` integer,
	`answer_id` integer,
	`position` integer DEFAULT 0 NOT NULL,
	`alt` text DEFAULT '' NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`widths` text NOT NULL,
	`bytes` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answer_id`) REFERENCES `answers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `images_question_idx` ON `images` (`question_id`);--> statement-breakpoint
CREATE INDEX `images_answer_idx` ON `images` (`answer_id`);--> statement-breakpoint
CREATE INDEX `images_owner_idx` ON `images` (`owner_id`,`purpose`);--> statement-breakpoint
CREATE INDEX `images_key_idx` ON `images` (`key`);--> statement-breakpoint
ALTER TABLE `users` ADD `bio` text;