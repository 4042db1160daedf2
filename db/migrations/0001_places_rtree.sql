-- Spatial index of place centres. Triggers keep it in step with `places`,
-- so no writer has to remember it. Coordinates are degrees (lat, lng).
CREATE VIRTUAL TABLE `places_rtree` USING rtree(`id`, `min_lat`, `max_lat`, `min_lng`, `max_lng`);
--> statement-breakpoint
INSERT INTO `places_rtree` (`id`, `min_lat`, `max_lat`, `min_lng`, `max_lng`)
  SELECT `id`, `lat`, `lat`, `lng`, `lng` FROM `places`;
--> statement-breakpoint
CREATE TRIGGER `places_rtree_after_insert` AFTER INSERT ON `places` BEGIN
  INSERT INTO `places_rtree` (`id`, `min_lat`, `max_lat`, `min_lng`, `max_lng`)
    VALUES (NEW.`id`, NEW.`lat`, NEW.`lat`, NEW.`lng`, NEW.`lng`);
END;
--> statement-breakpoint
CREATE TRIGGER `places_rtree_after_update` AFTER UPDATE OF `lat`, `lng` ON `places` BEGIN
  UPDATE `places_rtree`
    SET `min_lat` = NEW.`lat`, `max_lat` = NEW.`lat`, `min_lng` = NEW.`lng`, `max_lng` = NEW.`lng`
    WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `places_rtree_after_delete` AFTER DELETE ON `places` BEGIN
  DELETE FROM `places_rtree` WHERE `id` = OLD.`id`;
END;
