CREATE TABLE `answer_listings` (
	`answer_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	PRIMARY KEY(`answer_id`, `organisation_id`),
	FOREIGN KEY (`answer_id`) REFERENCES `answers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `answer_listings_organisation_idx` ON `answer_listings` (`organisation_id`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `merged_into_id` integer REFERENCES organisations(id);--> statement-breakpoint
ALTER TABLE `organisations` ADD `merged_at` integer;