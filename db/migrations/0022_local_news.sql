CREATE TABLE `news_posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` text NOT NULL,
	`organisation_id` integer,
	`place_id` integer NOT NULL,
	`reach_km` integer DEFAULT 0 NOT NULL,
	`title` text NOT NULL,
	`slug` text NOT NULL,
	`body` text NOT NULL,
	`body_html` text NOT NULL,
	`status` text NOT NULL,
	`approved_by_id` text,
	`published_at` integer,
	`thanks_count` integer DEFAULT 0 NOT NULL,
	`moderation_state` text,
	`deleted_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `news_posts_place_idx` ON `news_posts` (`place_id`,`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `news_posts_organisation_idx` ON `news_posts` (`organisation_id`,`status`);--> statement-breakpoint
CREATE INDEX `news_posts_author_idx` ON `news_posts` (`author_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `news_questions` (
	`question_id` integer PRIMARY KEY NOT NULL,
	`news_id` integer NOT NULL,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`news_id`) REFERENCES `news_posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `news_questions_news_idx` ON `news_questions` (`news_id`);--> statement-breakpoint
CREATE TABLE `news_thanks` (
	`news_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`news_id`, `user_id`),
	FOREIGN KEY (`news_id`) REFERENCES `news_posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `images` ADD `news_id` integer REFERENCES news_posts(id);--> statement-breakpoint
CREATE INDEX `images_news_idx` ON `images` (`news_id`);