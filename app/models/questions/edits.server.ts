import { eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answers, questions, questionTags } from "#db/schema";
import { renderMarkdown } from "#app/domain/markdown.server";
import { syncAnswerListings } from "#app/models/directory/recommendations.server";
import type { Category } from "#app/domain/questions";
import type { Store } from "#app/server/search.server";
import {
  isModeratorFor,
  privilegeRefusal,
  suspensionRefusal,
  type Actor,
} from "#app/models/members/privileges.server";
import { newMemberRefusal } from "#app/models/members/new-member-limits.server";
import { onPostEdited } from "#app/models/notifications/events.server";
import { refused, type Outcome } from "#app/models/refusals";
import { questionSlug } from "./paths";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import type { PostType } from "#app/domain/questions";
import { getAnswer, getQuestion, livePostFromParam, questionTagList } from "./posts.server";
import { addRevision } from "./revisions.server";

/** The author, or a member trusted to edit others (1,000 points), or a moderator of the place. */
export function editRefusal(
  db: AppDatabase,
  actor: Actor,
  post: { authorId: string },
  placeId: number,
  /** Already known by the caller (the question page asks once for all its posts). */
  isModerator?: boolean,
) {
  if (!actor.emailVerified) return { reason: "email-unverified" } as const;
  const suspended = suspensionRefusal(actor);
  if (suspended) return suspended;
  if (post.authorId === actor.id || (isModerator ?? isModeratorFor(db, actor, placeId))) {
    return null;
  }
  return privilegeRefusal(actor, "editOthers");
}

/**
 * The live question or answer a URL names, with its question and the
 * address back to it, when this member may edit it (the edit pages).
 */
export function editablePost(
  db: AppDatabase,
  actor: Actor | null,
  postType: PostType,
  param: string | undefined,
) {
  const found = livePostFromParam(db, postType, param);
  if (!found) return refused({ reason: "not-found" });
  if (!actor) return refused({ reason: "not-allowed" });
  const refusal = editRefusal(db, actor, found.post, found.question.placeId);
  return refusal ? refused(refusal) : ({ ok: true, actor, ...found } as const);
}

/** Every edit submitted counts, changed or not: a script re-saving posts is stopped here. */
function editRateRefusal(db: AppDatabase, actor: Actor, at: Date) {
  const limit = hitRateLimit(db, `edit:user:${actor.id}`, RATE_LIMITS.editPerUser, at.getTime());
  return limit.allowed
    ? null
    : ({ reason: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds } as const);
}

type QuestionEdit = {
  title: string;
  body: string;
  category: Category;
  tags: string[];
  summary?: string | null;
};

/** Edits a question and keeps the new version in its history. An unchanged submission changes nothing. */
export function editQuestion(
  { db, search }: Store,
  actor: Actor,
  questionId: number,
  edit: QuestionEdit,
  at = new Date(),
): Outcome<{ id: number; slug: string }> {
  const question = getQuestion(db, questionId);
  if (!question || question.deletedAt) return refused({ reason: "not-found" });
  const refusal =
    editRefusal(db, actor, question, question.placeId) ??
    newMemberRefusal(db, actor.id, "comment", `${edit.title}\n${edit.body}`) ??
    editRateRefusal(db, actor, at);
  if (refusal) return refused(refusal);
  const currentTags = questionTagList(db, questionId);
  const unchanged =
    question.title === edit.title &&
    question.body === edit.body &&
    question.category === edit.category &&
    [...edit.tags].sort().join(" ") === currentTags.join(" ");
  if (unchanged) return { ok: true, id: question.id, slug: question.slug };
  const slug = questionSlug(edit.title);
  db.transaction(() => {
    db.update(questions)
      .set({
        title: edit.title,
        slug,
        body: edit.body,
        bodyHtml: renderMarkdown(edit.body),
        category: edit.category,
        editedAt: at,
        lastActivityAt: at,
      })
      .where(eq(questions.id, questionId))
      .run();
    db.delete(questionTags).where(eq(questionTags.questionId, questionId)).run();
    if (edit.tags.length) {
      db.insert(questionTags)
        .values(edit.tags.map((tag) => ({ questionId, tag })))
        .run();
    }
    addRevision(db, "question", questionId, {
      title: edit.title,
      body: edit.body,
      category: edit.category,
      tags: edit.tags.join(" "),
      editorId: actor.id,
      summary: edit.summary ?? null,
      createdAt: at,
    });
    search.questionChanged(db, questionId);
    onPostEdited(db, actor.id, { type: "question", id: questionId, questionId, body: edit.body });
  });
  return { ok: true, id: question.id, slug };
}

/** Edits an answer, keeping the new version in its history. */
export function editAnswer(
  { db, search }: Store,
  actor: Actor,
  answerId: number,
  edit: { body: string; summary?: string | null },
  at = new Date(),
): Outcome<{ questionId: number }> {
  const answer = getAnswer(db, answerId);
  const question = answer && getQuestion(db, answer.questionId);
  if (!answer || !question || answer.deletedAt || question.deletedAt) {
    return refused({ reason: "not-found" });
  }
  const refusal =
    editRefusal(db, actor, answer, question.placeId) ??
    newMemberRefusal(db, actor.id, "comment", edit.body) ??
    editRateRefusal(db, actor, at);
  if (refusal) return refused(refusal);
  if (answer.body === edit.body) return { ok: true, questionId: question.id };
  const bodyHtml = renderMarkdown(edit.body);
  db.transaction(() => {
    db.update(answers)
      .set({ body: edit.body, bodyHtml, editedAt: at })
      .where(eq(answers.id, answerId))
      .run();
    syncAnswerListings(db, answerId, bodyHtml);
    db.update(questions).set({ lastActivityAt: at }).where(eq(questions.id, question.id)).run();
    addRevision(db, "answer", answerId, {
      body: edit.body,
      editorId: actor.id,
      summary: edit.summary ?? null,
      createdAt: at,
    });
    search.questionChanged(db, question.id);
    onPostEdited(db, actor.id, {
      type: "answer",
      id: answerId,
      questionId: question.id,
      body: edit.body,
    });
  });
  return { ok: true, questionId: question.id };
}
