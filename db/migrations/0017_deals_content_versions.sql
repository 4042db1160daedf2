-- A deal shows on its listing's page and on the place pages around it (ADR 022, ADR 024).
CREATE TRIGGER `content_versions_deals_insert` AFTER INSERT ON `deals` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('listing:' || NEW.organisation_id, 1), ('directory', 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_deals_update` AFTER UPDATE ON `deals` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('listing:' || NEW.organisation_id, 1), ('directory', 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_deals_delete` AFTER DELETE ON `deals` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('listing:' || OLD.organisation_id, 1), ('directory', 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
