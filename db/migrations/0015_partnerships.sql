CREATE TABLE `partnerships` (
	`id` integer PRIMARY KEY NOT NULL,
	`organisation_id` integer NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`monthly_amount_cents` integer NOT NULL,
	`ambassador_id` text,
	`recorded_by_id` text,
	`ended_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`ambassador_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `partnerships_organisation_idx` ON `partnerships` (`organisation_id`,`ends_on`);--> statement-breakpoint
CREATE INDEX `partnerships_ambassador_idx` ON `partnerships` (`ambassador_id`,`ends_on`);