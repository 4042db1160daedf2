CREATE TABLE `content_versions` (
	`key` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
-- Content versions (ADR 022): every write to what pages show raises the
-- versions of the pages' keys, in the writer's own transaction. Areas are
-- cells of a quarter degree (CAST truncates; app/domain/content-keys.ts
-- computes the same cells).
CREATE TRIGGER `content_versions_questions_insert` AFTER INSERT ON `questions` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || NEW.id, 1), ('questions', 1), ('area:' || CAST(NEW.lat * 4 AS INTEGER) || ':' || CAST(NEW.lng * 4 AS INTEGER), 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_questions_update` AFTER UPDATE ON `questions` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || NEW.id, 1), ('questions', 1), ('area:' || CAST(NEW.lat * 4 AS INTEGER) || ':' || CAST(NEW.lng * 4 AS INTEGER), 1), ('area:' || CAST(OLD.lat * 4 AS INTEGER) || ':' || CAST(OLD.lng * 4 AS INTEGER), 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_questions_delete` AFTER DELETE ON `questions` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || OLD.id, 1), ('questions', 1), ('area:' || CAST(OLD.lat * 4 AS INTEGER) || ':' || CAST(OLD.lng * 4 AS INTEGER), 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_answers_insert` AFTER INSERT ON `answers` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || NEW.question_id, 1), ('questions', 1), (coalesce((SELECT 'area:' || CAST(lat * 4 AS INTEGER) || ':' || CAST(lng * 4 AS INTEGER) FROM questions WHERE id = NEW.question_id), 'area:none'), 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_answers_update` AFTER UPDATE ON `answers` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || NEW.question_id, 1), ('questions', 1), (coalesce((SELECT 'area:' || CAST(lat * 4 AS INTEGER) || ':' || CAST(lng * 4 AS INTEGER) FROM questions WHERE id = NEW.question_id), 'area:none'), 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_answers_delete` AFTER DELETE ON `answers` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || OLD.question_id, 1), ('questions', 1), (coalesce((SELECT 'area:' || CAST(lat * 4 AS INTEGER) || ':' || CAST(lng * 4 AS INTEGER) FROM questions WHERE id = OLD.question_id), 'area:none'), 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_comments_insert` AFTER INSERT ON `comments` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || NEW.question_id, 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_comments_update` AFTER UPDATE ON `comments` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || NEW.question_id, 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_comments_delete` AFTER DELETE ON `comments` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || OLD.question_id, 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_question_tags_insert` AFTER INSERT ON `question_tags` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || NEW.question_id, 1), ('questions', 1), (coalesce((SELECT 'area:' || CAST(lat * 4 AS INTEGER) || ':' || CAST(lng * 4 AS INTEGER) FROM questions WHERE id = NEW.question_id), 'area:none'), 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_question_tags_delete` AFTER DELETE ON `question_tags` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || OLD.question_id, 1), ('questions', 1), (coalesce((SELECT 'area:' || CAST(lat * 4 AS INTEGER) || ':' || CAST(lng * 4 AS INTEGER) FROM questions WHERE id = OLD.question_id), 'area:none'), 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_close_votes_insert` AFTER INSERT ON `close_votes` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || NEW.question_id, 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_close_votes_update` AFTER UPDATE ON `close_votes` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || NEW.question_id, 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_close_votes_delete` AFTER DELETE ON `close_votes` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || OLD.question_id, 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_users_update` AFTER UPDATE ON `users` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('member:' || NEW.id, 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_users_names` AFTER UPDATE OF first_name, last_name, deleted_at ON `users` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('names', 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_organisations_insert` AFTER INSERT ON `organisations` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('listing:' || NEW.id, 1), ('directory', 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_organisations_update` AFTER UPDATE ON `organisations` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('listing:' || NEW.id, 1), ('directory', 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_organisations_delete` AFTER DELETE ON `organisations` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('listing:' || OLD.id, 1), ('directory', 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_images_insert` AFTER INSERT ON `images` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || coalesce(NEW.question_id, (SELECT question_id FROM answers WHERE id = NEW.answer_id), 'none'), 1), ('member:' || NEW.owner_id, 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_images_update` AFTER UPDATE ON `images` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || coalesce(NEW.question_id, (SELECT question_id FROM answers WHERE id = NEW.answer_id), 'none'), 1), ('member:' || NEW.owner_id, 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_versions_images_delete` AFTER DELETE ON `images` BEGIN
  INSERT INTO content_versions (key, version) VALUES ('question:' || coalesce(OLD.question_id, (SELECT question_id FROM answers WHERE id = OLD.answer_id), 'none'), 1), ('member:' || OLD.owner_id, 1)
    ON CONFLICT (key) DO UPDATE SET version = version + 1;
END;
