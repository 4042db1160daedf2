CREATE TABLE `deal_claims` (
	`deal_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`deal_id`, `user_id`),
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `deals` (
	`id` integer PRIMARY KEY NOT NULL,
	`organisation_id` integer NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`body_html` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_until` text NOT NULL,
	`quantity` integer,
	`remaining` integer,
	`code` text,
	`author_id` text,
	`withdrawn_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "deals_remaining_check" CHECK(remaining is null or (remaining >= 0 and remaining <= quantity))
);
--> statement-breakpoint
CREATE INDEX `deals_organisation_idx` ON `deals` (`organisation_id`,`valid_until`);--> statement-breakpoint
CREATE INDEX `deals_valid_idx` ON `deals` (`valid_until`,`valid_from`);--> statement-breakpoint
CREATE TABLE `organisation_follows` (
	`user_id` text NOT NULL,
	`organisation_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`user_id`, `organisation_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `organisation_follows_organisation_idx` ON `organisation_follows` (`organisation_id`);