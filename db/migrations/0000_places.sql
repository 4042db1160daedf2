CREATE TABLE `departments` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`region_code` text
);
--> statement-breakpoint
CREATE TABLE `place_postal_codes` (
	`postal_code` text NOT NULL,
	`place_id` integer NOT NULL,
	PRIMARY KEY(`postal_code`, `place_id`),
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `places` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`search_name` text NOT NULL,
	`slug` text NOT NULL,
	`parent_code` text,
	`department_code` text NOT NULL,
	`postal_codes` text NOT NULL,
	`population` integer,
	`lat` real NOT NULL,
	`lng` real NOT NULL,
	`approximate` integer NOT NULL,
	`coordinate_source` text NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`department_code`) REFERENCES `departments`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `places_code_unique` ON `places` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `places_slug_unique` ON `places` (`slug`);--> statement-breakpoint
CREATE INDEX `places_search_name_idx` ON `places` (`search_name`);--> statement-breakpoint
CREATE INDEX `places_department_idx` ON `places` (`department_code`);