CREATE TABLE `event_overrides` (
	`id` integer PRIMARY KEY NOT NULL,
	`event_id` integer NOT NULL,
	`occurrence` text NOT NULL,
	`start_local` text,
	`end_local` text,
	`status` text,
	`sequence` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_overrides_idx` ON `event_overrides` (`event_id`,`occurrence`);--> statement-breakpoint
CREATE TABLE `event_registrations` (
	`id` integer PRIMARY KEY NOT NULL,
	`event_id` integer NOT NULL,
	`occurrence` text NOT NULL,
	`user_id` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_registrations_member_idx` ON `event_registrations` (`event_id`,`occurrence`,`user_id`);--> statement-breakpoint
CREATE INDEX `event_registrations_list_idx` ON `event_registrations` (`event_id`,`occurrence`,`status`);--> statement-breakpoint
CREATE INDEX `event_registrations_user_idx` ON `event_registrations` (`user_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`slug` text NOT NULL,
	`description` text NOT NULL,
	`description_html` text NOT NULL,
	`category` text NOT NULL,
	`organisation_id` integer,
	`author_id` text,
	`place_id` integer NOT NULL,
	`lat` real NOT NULL,
	`lng` real NOT NULL,
	`venue` text,
	`start_local` text NOT NULL,
	`end_local` text NOT NULL,
	`timezone` text DEFAULT 'Europe/Paris' NOT NULL,
	`all_day` integer DEFAULT false NOT NULL,
	`rrule` text,
	`exdates` text DEFAULT '[]' NOT NULL,
	`price` text,
	`accessibility` text,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`capacity` integer,
	`sequence` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_place_idx` ON `events` (`lat`,`lng`);--> statement-breakpoint
CREATE INDEX `events_organisation_idx` ON `events` (`organisation_id`);