CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`category` text NOT NULL,
	`name` text NOT NULL,
	`alias` text,
	`slug` text NOT NULL,
	`description` text,
	`description_html` text,
	`place_id` integer NOT NULL,
	`lat` real NOT NULL,
	`lng` real NOT NULL,
	`approximate` integer NOT NULL,
	`address` text,
	`postal_code` text,
	`address_public` integer DEFAULT false NOT NULL,
	`sole_trader` integer DEFAULT false NOT NULL,
	`phone` text,
	`email` text,
	`website` text,
	`social_links` text,
	`contact_public` integer DEFAULT true NOT NULL,
	`opening_hours` text,
	`source` text NOT NULL,
	`rna_number` text,
	`siret` text,
	`claimed_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_rna_number_unique` ON `organisations` (`rna_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_siret_unique` ON `organisations` (`siret`);--> statement-breakpoint
CREATE INDEX `organisations_place_idx` ON `organisations` (`place_id`,`kind`,`category`);--> statement-breakpoint
CREATE INDEX `organisations_kind_category_idx` ON `organisations` (`kind`,`category`);
--> statement-breakpoint
-- Spatial index of listing points (premises, or the commune centre), so the
-- directory "within N km" reads only nearby rows. Triggers keep it in step
-- with `organisations`, like `places_rtree` and `questions_rtree`.
CREATE VIRTUAL TABLE `organisations_rtree` USING rtree(`id`, `min_lat`, `max_lat`, `min_lng`, `max_lng`);
--> statement-breakpoint
CREATE TRIGGER `organisations_rtree_after_insert` AFTER INSERT ON `organisations` BEGIN
  INSERT INTO `organisations_rtree` (`id`, `min_lat`, `max_lat`, `min_lng`, `max_lng`)
    VALUES (NEW.`id`, NEW.`lat`, NEW.`lat`, NEW.`lng`, NEW.`lng`);
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_rtree_after_update` AFTER UPDATE OF `lat`, `lng` ON `organisations` BEGIN
  UPDATE `organisations_rtree`
    SET `min_lat` = NEW.`lat`, `max_lat` = NEW.`lat`, `min_lng` = NEW.`lng`, `max_lng` = NEW.`lng`
    WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_rtree_after_delete` AFTER DELETE ON `organisations` BEGIN
  DELETE FROM `organisations_rtree` WHERE `id` = OLD.`id`;
END;
