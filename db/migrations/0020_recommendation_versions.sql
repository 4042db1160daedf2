-- Content versions (ADR 022) of recommendations (ADR 025): a listing's page
-- shows the answers recommending it, so a row added or removed raises it.
CREATE TRIGGER `content_versions_answer_listings_insert` AFTER INSERT ON `answer_listings` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('listing:' || NEW.organisation_id, 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_answer_listings_delete` AFTER DELETE ON `answer_listings` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('listing:' || OLD.organisation_id, 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
