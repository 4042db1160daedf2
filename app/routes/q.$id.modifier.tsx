import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, useValidatedForm } from "#app/components/forms";
import { EditFormEnd, QuestionFields } from "#app/components/question-fields";
import { translate, useTranslate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { loadActor } from "#app/models/members/privileges.server";
import { editablePost, editQuestion } from "#app/models/questions/edits.server";
import { questionTagList } from "#app/models/questions/posts.server";
import { questionPath } from "#app/models/questions/paths";
import { refusalPage, refusedSubmission } from "#app/models/refusal-message";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { editQuestionSchema } from "#app/domain/question-forms";
import { getStore } from "#app/server/search.server";
import { notFound } from "#app/server/not-found.server";
import { defineAction } from "#app/server/actions.server";

/** The question and the member, or the page that explains why they cannot edit it. */
async function loadEditable(request: Request, idParam: string | undefined) {
  const user = await requireUser(request);
  const db = getDb();
  const editable = editablePost(db, loadActor(db, user.id), "question", idParam);
  if (!editable.ok) {
    if (editable.refusal.reason === "not-found") throw notFound("question");
    throw refusalPage((await getTranslator(request)).t, editable.refusal);
  }
  return editable;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { question, path } = await loadEditable(request, params.id);
  return {
    locale: await getLocale(request),
    question: {
      id: question.id,
      path,
      title: question.title,
      body: question.body,
      category: question.category,
      tags: questionTagList(getDb(), question.id).join(", "),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "edit.questionTitle")} · Coup de main` },
  { name: "robots", content: "noindex" },
];

export const headers = forwardRetryAfter;

export const action = defineAction({ limit: "edit" }, async ({ request, params, form }) => {
  const { actor, question } = await loadEditable(request, params.id);
  const { t } = await getTranslator(request);
  const submission = parseWithZod(form, { schema: editQuestionSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = editQuestion(getStore(), actor, question.id, submission.value);
  if (!outcome.ok) return refusedSubmission(t, submission, outcome.refusal);
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
        <EditFormEnd summary={fields.summary} cancelPath={question.path} />
      </Form>
    </section>
  );
}
