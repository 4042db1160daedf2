CREATE TABLE `organisation_claims` (
	`id` integer PRIMARY KEY NOT NULL,
	`organisation_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`status` text NOT NULL,
	`role` text NOT NULL,
	`message` text,
	`check_method` text,
	`check_note` text,
	`reviewed_by_id` text,
	`reviewed_at` integer,
	`revoked_reason` text,
	`revoked_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisation_claims_live_idx` ON `organisation_claims` (`organisation_id`,`user_id`) WHERE status in ('pending', 'approved');--> statement-breakpoint
CREATE INDEX `organisation_claims_status_idx` ON `organisation_claims` (`status`,`organisation_id`);--> statement-breakpoint
CREATE INDEX `organisation_claims_user_idx` ON `organisation_claims` (`user_id`);--> statement-breakpoint
CREATE TABLE `organisation_revisions` (
	`id` integer PRIMARY KEY NOT NULL,
	`organisation_id` integer NOT NULL,
	`editor_id` text,
	`fields` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`editor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `organisation_revisions_idx` ON `organisation_revisions` (`organisation_id`,`created_at`);