import { and, asc, eq, max, sql } from "drizzle-orm";
import { diffWords } from "diff";
import type { AppDatabase } from "#db/client";
import { postRevisions, users } from "#db/schema";
import type { DiffPart, PostType } from "#app/domain/questions";
import { authorName } from "#app/domain/names";
import { translate } from "#app/i18n/i18n";
import type { Locale } from "#app/i18n/messages";
import { livePostFromParam } from "./posts.server";

/*
 * Every version of a question or answer, the first one included: written with
 * each post and edit, read back for the history pages with word-level diffs.
 */

export function addRevision(
  db: AppDatabase,
  postType: PostType,
  postId: number,
  revision: Omit<typeof postRevisions.$inferInsert, "postType" | "postId" | "revision">,
) {
  const last = db
    .select({ revision: max(postRevisions.revision) })
    .from(postRevisions)
    .where(and(eq(postRevisions.postType, postType), eq(postRevisions.postId, postId)))
    .get();
  db.insert(postRevisions)
    .values({ ...revision, postType, postId, revision: (last?.revision ?? 0) + 1 })
    .run();
}

/** Every version of a post, oldest first, with the editor's name. */
export function listRevisions(db: AppDatabase, postType: PostType, postId: number) {
  return db
    .select({
      revision: postRevisions.revision,
      title: postRevisions.title,
      body: postRevisions.body,
      category: postRevisions.category,
      tags: postRevisions.tags,
      summary: postRevisions.summary,
      createdAt: postRevisions.createdAt,
      editorId: users.id,
      editorFirstName: users.firstName,
      editorLastName: users.lastName,
      editorDeleted: sql<boolean>`${users.deletedAt} IS NOT NULL`.mapWith(Boolean),
    })
    .from(postRevisions)
    .innerJoin(users, eq(users.id, postRevisions.editorId))
    .where(and(eq(postRevisions.postType, postType), eq(postRevisions.postId, postId)))
    .orderBy(asc(postRevisions.revision))
    .all();
}

/** Word-level differences, computed on the server so the page ships no diff code. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({
    change: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

/**
 * A post's versions, newest first, each with what changed from the one
 * before it (the first version is shown whole).
 */
export function revisionHistory(
  db: AppDatabase,
  postType: PostType,
  postId: number,
  names: { full: boolean; formerMember: string },
) {
  const revisions = listRevisions(db, postType, postId);
  return revisions
    .map((revision, index) => {
      const previous = index > 0 ? revisions[index - 1] : undefined;
      return {
        revision: revision.revision,
        createdAt: revision.createdAt.toISOString(),
        summary: revision.summary,
        editor: {
          id: revision.editorDeleted ? null : revision.editorId,
          name: authorName(
            {
              firstName: revision.editorFirstName,
              lastName: revision.editorLastName,
              deleted: revision.editorDeleted,
            },
            names,
          ),
        },
        title:
          revision.title != null
            ? wordDiff(previous?.title ?? revision.title, revision.title)
            : null,
        body: wordDiff(previous?.body ?? revision.body, revision.body),
        tags:
          revision.tags != null ? wordDiff(previous?.tags ?? revision.tags, revision.tags) : null,
        category:
          previous && previous.category !== revision.category
            ? { before: previous.category, after: revision.category }
            : null,
      };
    })
    .reverse();
}

/** A live question's or answer's history page: its question's title, the way back, every version. */
export function postHistory(
  db: AppDatabase,
  postType: PostType,
  param: string | undefined,
  { locale, signedIn }: { locale: Locale; signedIn: boolean },
) {
  const found = livePostFromParam(db, postType, param);
  if (!found) return undefined;
  const names = { full: signedIn, formerMember: translate(locale, "profile.formerMember") };
  return {
    locale,
    title: found.question.title,
    backPath: found.path,
    revisions: revisionHistory(db, postType, found.post.id, names),
  };
}
