import { getFormProps } from "@conform-to/react";
import { Form, Link, useActionData, useLocation, useNavigation } from "@remix-run/react";
import { ListingPicker } from "#app/components/listing-picker";
import { FormErrors } from "#app/components/forms";
import { MarkdownEditor } from "#app/components/markdown-editor";
import { PhotoFields } from "#app/components/photo-fields";
import { useTranslate } from "#app/i18n/i18n";
import { BODY_MAX } from "#app/domain/questions";
import { useQuestionPageForm, type QuestionReply } from "./intents";
import type { QuestionPageData } from "./page-data.server";

type Viewer = QuestionPageData["viewer"];

/** The answer form, or what stands between the reader and answering. */
export function AnswerForm({
  viewer,
  closed,
  questionId,
}: {
  viewer: Viewer;
  closed: boolean;
  questionId: number;
}) {
  const t = useTranslate();
  const reply = useActionData<QuestionReply>();
  const location = useLocation();
  const navigation = useNavigation();
  const [form, fields] = useQuestionPageForm("answer-form");
  if (closed) return <p className="notice">{t("question.closedNoAnswers")}</p>;
  if (!viewer.signedIn) {
    return (
      <section className="card stack" aria-labelledby="answer-title">
        <h2 id="answer-title">{t("question.yourAnswer")}</h2>
        <p>{t("question.signInToAnswerText")}</p>
        <p>
          <Link
            className="button"
            to={`/connexion?${new URLSearchParams({ redirectTo: location.pathname })}`}
          >
            {t("question.signInToAnswer")}
          </Link>
        </p>
      </section>
    );
  }
  if (!viewer.emailVerified) {
    return (
      <p className="notice">
        <Link to="/verifier-email/en-attente">{t("question.confirmEmailToAnswer")}</Link>
      </p>
    );
  }
  return (
    <section className="card">
      <h2>{t("question.answerSubmit")}</h2>
      <Form method="post" encType="multipart/form-data" className="form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <MarkdownEditor
          id={fields.body.id}
          name={fields.body.name}
          label={t("question.yourAnswer")}
          hint={t("question.answerHint")}
          maxLength={BODY_MAX}
          errors={fields.body.errors}
          rows={6}
          defaultValue={
            typeof fields.body.initialValue === "string" ? fields.body.initialValue : ""
          }
        />
        <ListingPicker
          questionId={questionId}
          textareaId={fields.body.id}
          matches={reply?.listingMatches?.items}
          defaultQuery={reply?.listingMatches?.query}
        />
        <PhotoFields fields={fields} photosField={fields.photos} />
        <p>
          <button
            type="submit"
            name="intent"
            value="answer"
            className="button"
            disabled={navigation.state === "submitting"}
          >
            {t("question.answerSubmit")}
          </button>
        </p>
      </Form>
    </section>
  );
}
