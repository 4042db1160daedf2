import { diffWords } from "diff";
import type { AppDatabase } from "#db/client";
import type { DiffPart, PostType } from "#app/domain/questions";
import { authorName } from "#app/domain/names";
import { listRevisions } from "./questions.server";

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
