import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, useValidatedForm } from "#app/components/forms";
import { MarkdownEditor } from "#app/components/markdown-editor";
import { EditFormEnd } from "#app/components/question-fields";
import { translate, useTranslate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { loadActor } from "#app/models/members/privileges.server";
import { editablePost, editAnswer } from "#app/models/questions/edits.server";
import { questionPath } from "#app/models/questions/paths";
import { refusalPage, refusedSubmission } from "#app/models/refusal-message";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { BODY_MAX } from "#app/domain/questions";
import { answerSchema } from "#app/domain/question-forms";
import { getStore } from "#app/server/search.server";
import { notFound } from "#app/server/not-found.server";
import { defineAction } from "#app/server/actions.server";

/** The answer and the member, or the page that explains why they cannot edit it. */
async function loadEditable(request: Request, idParam: string | undefined) {
  const user = await requireUser(request);
  const db = getDb();
  const editable = editablePost(db, loadActor(db, user.id), "answer", idParam);
  if (!editable.ok) {
    if (editable.refusal.reason === "not-found") throw notFound("answer");
    throw refusalPage((await getTranslator(request)).t, editable.refusal);
  }
  return editable;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { post: answer, question, path } = await loadEditable(request, params.id);
  return {
    locale: await getLocale(request),
    answer: { id: answer.id, body: answer.body, path },
    question: { title: question.title, path: questionPath(question) },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "edit.answerTitle")} · Coup de main` },
  { name: "robots", content: "noindex" },
];

export const headers = forwardRetryAfter;

export const action = defineAction({ limit: "edit" }, async ({ request, params, form }) => {
  const { actor, post: answer, path } = await loadEditable(request, params.id);
  const { t } = await getTranslator(request);
  const submission = parseWithZod(form, { schema: answerSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = editAnswer(getStore(), actor, answer.id, submission.value);
  if (!outcome.ok) return refusedSubmission(t, submission, outcome.refusal);
  return redirect(path);
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
        <EditFormEnd summary={fields.summary} cancelPath={answer.path} />
      </Form>
    </section>
  );
}
