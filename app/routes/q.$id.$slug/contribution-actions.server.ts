import { type data, redirect } from "@remix-run/node";
import type { AppDatabase } from "#db/client";
import type { Translate } from "#app/i18n/i18n";
import { answerQuestion } from "#app/models/answers/answers.server";
import { addComment } from "#app/models/answers/comments.server";
import type { Actor } from "#app/models/members/privileges.server";
import { getQuestion } from "#app/models/questions/posts.server";
import { questionPath } from "#app/models/questions/paths";
import { refusalInit, refusalMessage } from "#app/models/refusal-message";
import { RATE_LIMITS } from "#app/server/rate-limit.server";
import { getStore } from "#app/server/search.server";
import { getUploadsDir, type Uploads } from "#app/server/uploads.server";
import { ALT_FIELDS } from "#app/domain/image-forms";
import { attachPostImages } from "#app/models/images/images.server";
import { preparePhotos } from "#app/models/images/uploads.server";
import type { IntentInput, QuestionReply } from "./intents";
import { outcomeNotice, overLimit, refusedNotice } from "./notices.server";

/** The answer form again, with errors about the whole of it (a rate limit, a refusal) and their status. */
export type RefuseForm = (
  formErrors: string[],
  init: number | ResponseInit,
) => ReturnType<typeof data<QuestionReply>>;

/** An answer, with its photos: on to its place in the thread, or the form again with why it was refused. */
export async function postAnswer(
  db: AppDatabase,
  actor: Actor,
  questionId: number,
  { input, upload }: { input: IntentInput<"answer">; upload: Uploads },
  refuseForm: RefuseForm,
  t: Translate,
) {
  const limited = overLimit(db, `answer:user:${actor.id}`, RATE_LIMITS.answerPerUser, t);
  if (limited) return refuseForm([limited.message], limited.init);
  const prepared = await preparePhotos(
    upload,
    ALT_FIELDS.map((name) => input[name]),
  );
  if (!prepared.ok) {
    const message = `${refusalMessage(t, prepared.refusal)} ${t("photos.chooseAgain")}`;
    return refuseForm([message], refusalInit(prepared.refusal));
  }
  const outcome = answerQuestion(getStore(), actor, questionId, input.body);
  if (!outcome.ok) {
    return refuseForm([refusalMessage(t, outcome.refusal)], refusalInit(outcome.refusal));
  }
  attachPostImages(
    { db, uploadsDir: getUploadsDir() },
    { type: "answer", id: outcome.id, ownerId: actor.id },
    prepared.photos,
  );
  const question = getQuestion(db, questionId)!;
  return redirect(`${questionPath(question)}#reponse-${outcome.id}`);
}

/** A short comment under the question or one of its answers; its outcome is shown beside it. */
export function postComment(
  db: AppDatabase,
  actor: Actor,
  questionId: number,
  input: IntentInput<"comment">,
  t: Translate,
) {
  const target = input.answerId ? `answer-${input.answerId}` : "question";
  const limited = overLimit(db, `comment:user:${actor.id}`, RATE_LIMITS.commentPerUser, t);
  if (limited) return refusedNotice(limited.message, target, limited.init);
  const outcome = addComment(db, actor, {
    questionId,
    answerId: input.answerId ?? null,
    body: input.body,
  });
  return outcomeNotice(outcome, t, target, t("question.commentAdded"));
}
