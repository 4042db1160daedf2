import { translate } from "#app/i18n/i18n";
import { questionPath } from "#app/models/questions/paths";
import { questionThread, threadKeys } from "#app/models/questions/thread.server";
import { dependsOn } from "#app/server/page-cache.server";
import { questionKey } from "#app/domain/content-keys";
import { apiError, apiJson, apiLoader, methodNotAllowed } from "#app/server/api.server";
import { getDb } from "#app/server/db.server";
import { authorName } from "#app/domain/names";

const notFound = "No question has this id.";

/**
 * GET /api/v1/questions/:id: a question with its answers (the accepted one
 * first, then by score) and comments, as a visitor sees them: deleted posts
 * left out, authors as "Camille D.".
 */
export const loader = apiLoader(({ request, params, context }) => {
  const id = params.id ?? "";
  if (!/^\d+$/.test(id)) return apiError(400, "id must be a whole number.");
  if (id.length > 12) return apiError(404, notFound);
  dependsOn(context, [questionKey(Number(id))]);
  const thread = questionThread(getDb(), Number(id), { actor: null, isModerator: false });
  if (!thread || thread.question.deletedAt) return apiError(404, notFound);
  dependsOn(context, threadKeys(thread));

  const origin = new URL(request.url).origin;
  const formerMember = translate("fr", "profile.formerMember");
  const author = (authorId: string) => {
    const person = thread.authors.get(authorId);
    return {
      displayName: person ? authorName(person, { full: false, formerMember }) : formerMember,
    };
  };
  const { question } = thread;
  const answers = thread.answers.filter((answer) => !answer.deletedAt);
  const answerIds = new Set(answers.map((answer) => answer.id));
  return apiJson(
    {
      id: question.id,
      title: question.title,
      url: `${origin}${questionPath(question)}`,
      kind: question.kind,
      category: question.category,
      tags: thread.tags,
      score: question.score,
      upvoteCount: question.upvoteCount,
      answerCount: answers.length,
      solved: question.acceptedAnswerId != null || question.closedReason === "resolved",
      closedReason: question.closedReason,
      closed: question.closedReason
        ? {
            reason: question.closedReason,
            duplicateOf: thread.duplicateOf
              ? {
                  id: thread.duplicateOf.id,
                  url: `${origin}${questionPath(thread.duplicateOf)}`,
                }
              : null,
          }
        : null,
      neededBy: question.neededBy,
      createdAt: question.createdAt.toISOString(),
      editedAt: question.editedAt?.toISOString() ?? null,
      place: { code: thread.place.code, name: thread.place.name, slug: thread.place.slug },
      author: author(question.authorId),
      body: question.body,
      bodyHtml: question.bodyHtml,
      answers: answers.map((answer) => ({
        id: answer.id,
        body: answer.body,
        bodyHtml: answer.bodyHtml,
        score: answer.score,
        upvoteCount: answer.upvoteCount,
        thanksCount: answer.thanksCount,
        accepted: answer.id === question.acceptedAnswerId,
        createdAt: answer.createdAt.toISOString(),
        editedAt: answer.editedAt?.toISOString() ?? null,
        author: author(answer.authorId),
      })),
      comments: thread.comments
        .filter((comment) => comment.answerId == null || answerIds.has(comment.answerId))
        .map((comment) => ({
          id: comment.id,
          answerId: comment.answerId,
          body: comment.body,
          createdAt: comment.createdAt.toISOString(),
          author: author(comment.authorId),
        })),
    },
    { maxAgeSeconds: 60 },
  );
});

export const action = methodNotAllowed;
