import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Field, FormErrors, useValidatedForm } from "#app/components/forms";
import { QuestionFields } from "#app/components/question-fields";
import { translate, useTranslate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { loadActor } from "#app/models/members/privileges.server";
import { editQuestion, editRefusal } from "#app/models/questions/edits.server";
import { questionFromParam, questionTagList } from "#app/models/questions/posts.server";
import { questionPath } from "#app/models/questions/paths";
import { refusalInit, refusalMessage, rateLimitRefusal } from "#app/models/refusal-message";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { editQuestionSchema } from "#app/domain/question-forms";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { getStore } from "#app/server/search.server";
import { notFound } from "#app/server/not-found.server";
import { defineAction } from "#app/server/actions.server";

/** The question and the member, or the page that explains why they cannot edit it. */
async function loadEditable(request: Request, idParam: string | undefined) {
  const user = await requireUser(request);
  const db = getDb();
  const question = questionFromParam(db, idParam);
  if (!question || question.deletedAt) throw notFound("question");
  const actor = loadActor(db, user.id);
  const refusal = actor ? editRefusal(db, actor, question, question.placeId) : null;
  if (!actor || refusal) {
    const { t } = await getTranslator(request);
    throw data({ message: refusal ? refusalMessage(t, refusal) : t("refusal.not-allowed") }, 403);
  }
  return { db, actor, question };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, question } = await loadEditable(request, params.id);
  return {
    locale: await getLocale(request),
    question: {
      id: question.id,
      path: questionPath(question),
      title: question.title,
      body: question.body,
      category: question.category,
      tags: questionTagList(db, question.id).join(", "),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "edit.questionTitle")} · Coup de main` },
  { name: "robots", content: "noindex" },
];

export const headers = forwardRetryAfter;

export const action = defineAction({ limit: "edit" }, async ({ request, params, form }) => {
  const { db, actor, question } = await loadEditable(request, params.id);
  const { t } = await getTranslator(request);
  const submission = parseWithZod(form, { schema: editQuestionSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const limit = hitRateLimit(db, `edit:user:${actor.id}`, RATE_LIMITS.editPerUser);
  if (!limit.allowed) {
    const refusal = rateLimitRefusal(t, limit.retryAfterSeconds);
    return data({ result: submission.reply({ formErrors: [refusal.message] }) }, refusal.init);
  }
  const outcome = editQuestion(getStore(), actor, question.id, submission.value);
  if (!outcome.ok) {
    return data(
      { result: submission.reply({ formErrors: [refusalMessage(t, outcome.refusal)] }) },
      refusalInit(outcome.refusal),
    );
  }
  return redirect(questionPath(outcome));
});

export default function EditQuestion() {
  const { question } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const [form, fields] = useValidatedForm(editQuestionSchema(t), {
    lastResult: actionData?.result,
    defaultValue: {
      title: question.title,
      body: question.body,
      category: question.category,
      tags: question.tags,
    },
    validate: "onBlur",
  });
  return (
    <section className="stack" aria-labelledby="edit-title">
      <h1 id="edit-title">{t("edit.questionTitle")}</h1>
      <Form method="post" className="card form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <QuestionFields fields={fields} />
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
          <Link to={question.path}>{t("edit.cancel")}</Link>
        </p>
      </Form>
    </section>
  );
}
