import { parseWithZod } from "@conform-to/zod";
import { data } from "@remix-run/node";
import type { AppDatabase } from "#db/client";
import type { Translate } from "#app/i18n/i18n";
import type { Actor } from "#app/models/members/privileges.server";
import type { Uploads } from "#app/server/uploads.server";
import { closeOrReopen, lockOrUnlock } from "./closing-actions.server";
import { postAnswer, postComment, type RefuseForm } from "./contribution-actions.server";
import { formIdOf, questionIntentSchema, type QuestionReply } from "./intents";
import { pickListing } from "./listing-actions.server";
import { accept, remove, removeComment, restore, thank, vote } from "./post-actions.server";

/**
 * Every action of the question page, parsed once with the page's schema and
 * told apart by `intent`. A form's invalid fields go back to that form, to be
 * shown beside them; a button's outcome becomes a notice beside its post.
 */
export async function handleQuestionAction(
  db: AppDatabase,
  actor: Actor,
  questionId: number,
  { form: formData, uploads }: { form: FormData; uploads: Uploads },
  t: Translate,
) {
  const submission = parseWithZod(formData, { schema: questionIntentSchema(t) });
  const form = formIdOf(submission.payload);
  if (submission.status !== "success") {
    if (form) {
      return data<QuestionReply>(
        { submission: { form, result: submission.reply() } },
        { status: 400 },
      );
    }
    return data<QuestionReply>(
      { notice: { ok: false, message: t("form.invalid"), target: "question" } },
      { status: 400 },
    );
  }
  const refuseForm: RefuseForm = (formErrors, init) =>
    data<QuestionReply>(
      { submission: { form: form!, result: submission.reply({ formErrors }) } },
      init,
    );
  const input = submission.value;
  switch (input.intent) {
    case "answer":
      return postAnswer(db, actor, questionId, { input, upload: uploads }, refuseForm, t);
    case "find-listing":
    case "insert-listing":
      return pickListing(db, questionId, input);
    case "comment":
      return postComment(db, actor, questionId, input, t);
    case "vote":
      return vote(db, actor, input, t);
    case "vote-down":
      return vote(db, actor, { ...input, value: -1 }, t);
    case "accept":
      return accept(actor, input, t);
    case "thank":
      return thank(db, actor, input, t);
    case "delete":
      return remove(actor, input, t);
    case "restore":
      return restore(db, actor, input, t);
    case "delete-comment":
      return removeComment(db, actor, input, t);
    case "close":
    case "reopen":
      return closeOrReopen(actor, questionId, input, t);
    case "lock":
    case "unlock":
      return lockOrUnlock(actor, questionId, input, t);
  }
}
