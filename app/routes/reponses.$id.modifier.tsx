import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Field, FormErrors, useValidatedForm } from "#app/components/forms";
import { MarkdownEditor } from "#app/components/markdown-editor";
import { translate, useTranslate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { loadActor } from "#app/models/members/privileges.server";
import { editAnswer, editRefusal } from "#app/models/questions/edits.server";
import { answerFromParam } from "#app/models/questions/posts.server";
import { questionPath } from "#app/models/questions/paths";
import { refusalInit, refusalMessage, rateLimitRefusal } from "#app/models/refusal-message";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { BODY_MAX } from "#app/domain/questions";
import { answerSchema } from "#app/domain/question-forms";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { getStore } from "#app/server/search.server";
import { notFound } from "#app/server/not-found.server";
import { defineAction } from "#app/server/actions.server";

async function loadEditable(request: Request, idParam: string | undefined) {
  const user = await requireUser(request);
  const db = getDb();
  const found = answerFromParam(db, idParam);
  if (!found || found.answer.deletedAt || found.question.deletedAt) {
    throw notFound("answer");
  }
  const { answer, question } = found;
  const actor = loadActor(db, user.id);
  const refusal = actor ? editRefusal(db, actor, answer, question.placeId) : null;
  if (!actor || refusal) {
    const { t } = await getTranslator(request);
    throw data({ message: refusal ? refusalMessage(t, refusal) : t("refusal.not-allowed") }, 403);
  }
  return { db, actor, answer, question };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { answer, question } = await loadEditable(request, params.id);
  return {
    locale: await getLocale(request),
    answer: { id: answer.id, body: answer.body },
    question: { title: question.title, path: questionPath(question) },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "edit.answerTitle")} · Coup de main` },
  { name: "robots", content: "noindex" },
];

export const headers = forwardRetryAfter;

export const action = defineAction({ limit: "edit" }, async ({ request, params, form }) => {
  const { db, actor, answer, question } = await loadEditable(request, params.id);
  const { t } = await getTranslator(request);
  const submission = parseWithZod(form, { schema: answerSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const limit = hitRateLimit(db, `edit:user:${actor.id}`, RATE_LIMITS.editPerUser);
  if (!limit.allowed) {
    const refusal = rateLimitRefusal(t, limit.retryAfterSeconds);
    return data({ result: submission.reply({ formErrors: [refusal.message] }) }, refusal.init);
  }
  const outcome = editAnswer(getStore(), actor, answer.id, submission.value);
  if (!outcome.ok) {
    return data(
      { result: submission.reply({ formErrors: [refusalMessage(t, outcome.refusal)] }) },
      refusalInit(outcome.refusal),
    );
  }
  return redirect(`${questionPath(question)}#reponse-${answer.id}`);
});

export default function EditAnswer() {
  const { answer, question } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(answerSchema(t), {
    lastResult: actionData?.result,
    defaultValue: { body: answer.body },
    validate: "onBlur",
  });
  return (
    <section className="stack" aria-labelledby="edit-title">
      <h1 id="edit-title">{t("edit.answerTitle")}</h1>
      <p>
        <Link to={question.path}>{question.title}</Link>
      </p>
      <Form method="post" className="card form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <MarkdownEditor
          id={fields.body.id}
          name={fields.body.name}
          label={t("question.yourAnswer")}
          defaultValue={answer.body}
          maxLength={BODY_MAX}
          errors={fields.body.errors}
        />
        <Field
          label={t("edit.summary")}
          hint={t("edit.summaryHint")}
          field={fields.summary}
          inputProps={{ ...getInputProps(fields.summary, { type: "text" }), maxLength: 200 }}
        />
        <p className="form-actions">
          <button type="submit" className="button">
            {t("edit.submit")}
          </button>
          <Link to={`${question.path}#reponse-${answer.id}`}>{t("edit.cancel")}</Link>
        </p>
      </Form>
    </section>
  );
}
