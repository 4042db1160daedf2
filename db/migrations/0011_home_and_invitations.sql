CREATE TABLE `invitations` (
	`id` integer PRIMARY KEY NOT NULL,
	`token` text NOT NULL,
	`inviter_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`invitee_id` text,
	`accepted_at` integer,
	FOREIGN KEY (`inviter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invitee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_token_unique` ON `invitations` (`token`);--> statement-breakpoint
CREATE INDEX `invitations_inviter_idx` ON `invitations` (`inviter_id`);--> statement-breakpoint
CREATE INDEX `invitations_invitee_idx` ON `invitations` (`invitee_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `home_radius_km` integer DEFAULT 10 NOT NULL;
--> statement-breakpoint
-- Members from before issue 14 follow their home commune and radius, as new members do from sign-up.
INSERT INTO `follows` (`user_id`, `place_id`, `radius_km`, `category`, `lat`, `lng`)
SELECT `users`.`id`, `places`.`id`, `users`.`home_radius_km`, NULL, `places`.`lat`, `places`.`lng`
FROM `users` JOIN `places` ON `places`.`id` = `users`.`home_place_id`
WHERE `users`.`deleted_at` IS NULL
  AND NOT EXISTS (SELECT 1 FROM `follows` WHERE `follows`.`user_id` = `users`.`id`);
