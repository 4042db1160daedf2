import { getFormProps, getInputProps, getSelectProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Field, RadioField } from "#app/components/forms";
import { RuleOptions } from "#app/components/rule-options";
import { useTranslate } from "#app/i18n/i18n";
import type { CloseReason } from "#app/domain/questions";
import { DUPLICATE_OF_MAX, LOCK_REASON_MAX, useQuestionPageForm, type Notice } from "./intents";
import { PostNotice } from "./notice";
import type { QuestionPageData } from "./page-data.server";

type Viewer = QuestionPageData["viewer"];

const CLOSE_CHOICES = [
  ["resolved", "post.closeAsResolved"],
  ["duplicate", "post.closeAsDuplicate"],
  ["off-topic", "post.closeAsOffTopic"],
] as const;

/** Close (with a reason, or as a duplicate of another question) and reopen. */
export function ClosingControls({
  closedReason,
  closing,
  viewer,
  notice,
  deleted,
}: {
  closedReason: CloseReason | null;
  closing: QuestionPageData["closing"];
  viewer: Viewer;
  notice?: Notice;
  deleted: boolean;
}) {
  const t = useTranslate();
  if (deleted || !viewer.signedIn) return null;
  const pending = closedReason
    ? closing.pendingReopen > 0 &&
      t("question.pendingReopen", { count: closing.pendingReopen, needed: closing.needed })
    : closing.pendingClose > 0 &&
      t("question.pendingClose", { count: closing.pendingClose, needed: closing.needed });
  return (
    <div className="closing">
      {pending ? <p className="muted">{pending}</p> : null}
      <PostNotice notice={notice} target="closing" />
      {!closing.mayVote ? null : closedReason ? (
        closing.votedReopen ? null : (
          <Form method="post" preventScrollReset>
            <input type="hidden" name="intent" value="reopen" />
            <button type="submit" className="button button--secondary button--small">
              {t("post.reopen")}
            </button>
          </Form>
        )
      ) : closing.votedClose ? null : (
        <CloseForm />
      )}
    </div>
  );
}

function CloseForm() {
  const t = useTranslate();
  const [form, fields] = useQuestionPageForm("close-form");
  return (
    <details className="disclosure" open={Boolean(form.errors || fields.duplicateOf.errors)}>
      <summary>{t("post.close")}</summary>
      <Form method="post" preventScrollReset className="form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="close" />
        <RadioField
          legend={t("post.closeReason")}
          field={fields.reason}
          options={CLOSE_CHOICES.map(([reason, label]) => ({ value: reason, label: t(label) }))}
          defaultValue="resolved"
        />
        <Field
          label={t("post.duplicateOf")}
          field={fields.duplicateOf}
          inputProps={{
            ...getInputProps(fields.duplicateOf, { type: "text" }),
            inputMode: "url",
            maxLength: DUPLICATE_OF_MAX,
          }}
        />
        <p>
          <button type="submit" className="button button--secondary button--small">
            {t("post.closeSubmit")}
          </button>
        </p>
      </Form>
    </details>
  );
}

/** Lock or unlock the question: a moderator's logged decision, with its rule. */
export function LockControls({
  locked,
  viewer,
  notice,
  deleted,
}: {
  locked: boolean;
  viewer: Viewer;
  notice?: Notice;
  deleted: boolean;
}) {
  if (!viewer.isModerator || deleted) return null;
  return (
    <div className="closing">
      <PostNotice notice={notice} target="locking" />
      <LockForm locked={locked} />
    </div>
  );
}

function LockForm({ locked }: { locked: boolean }) {
  const t = useTranslate();
  const [form, fields] = useQuestionPageForm("lock-form");
  const label = locked ? t("moderation.decision.unlock") : t("moderation.decision.lock");
  return (
    <details className="disclosure" open={Boolean(fields.rule.errors || fields.reason.errors)}>
      <summary>{label}</summary>
      <Form method="post" preventScrollReset className="form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value={locked ? "unlock" : "lock"} />
        <Field label={t("moderation.rule")} field={fields.rule}>
          {(control) => (
            <select
              {...getSelectProps(fields.rule)}
              {...control}
              defaultValue={fields.rule.initialValue ?? "offensive"}
            >
              <RuleOptions />
            </select>
          )}
        </Field>
        <Field
          label={t("moderation.reason")}
          field={fields.reason}
          inputProps={{
            ...getInputProps(fields.reason, { type: "text" }),
            maxLength: LOCK_REASON_MAX,
          }}
        />
        <p>
          <button type="submit" className="button button--secondary button--small">
            {label}
          </button>
        </p>
      </Form>
    </details>
  );
}
