CREATE TABLE `partner_pages` (
	`organisation_id` integer PRIMARY KEY NOT NULL,
	`long_description` text,
	`long_description_html` text,
	`services` text DEFAULT '[]' NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `images` ADD `organisation_id` integer;--> statement-breakpoint
CREATE INDEX `images_organisation_idx` ON `images` (`organisation_id`);--> statement-breakpoint
ALTER TABLE `partnerships` ADD `ended_reason` text;