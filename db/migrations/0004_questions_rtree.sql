-- Spatial index of question points (the place centre, or a shared position
-- rounded to about 500 m), so lists "within N km" read only nearby rows.
-- Triggers keep it in step with `questions`, like `places_rtree`.
CREATE VIRTUAL TABLE `questions_rtree` USING rtree(`id`, `min_lat`, `max_lat`, `min_lng`, `max_lng`);
--> statement-breakpoint
CREATE TRIGGER `questions_rtree_after_insert` AFTER INSERT ON `questions` BEGIN
  INSERT INTO `questions_rtree` (`id`, `min_lat`, `max_lat`, `min_lng`, `max_lng`)
    VALUES (NEW.`id`, NEW.`lat`, NEW.`lat`, NEW.`lng`, NEW.`lng`);
END;
--> statement-breakpoint
CREATE TRIGGER `questions_rtree_after_update` AFTER UPDATE OF `lat`, `lng` ON `questions` BEGIN
  UPDATE `questions_rtree`
    SET `min_lat` = NEW.`lat`, `max_lat` = NEW.`lat`, `min_lng` = NEW.`lng`, `max_lng` = NEW.`lng`
    WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `questions_rtree_after_delete` AFTER DELETE ON `questions` BEGIN
  DELETE FROM `questions_rtree` WHERE `id` = OLD.`id`;
END;
