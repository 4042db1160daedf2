import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { FieldFrame, FormErrors, TextareaField, useValidatedForm } from "#app/components/forms";
import { CLAIM_CHECKS, CLAIM_NOTE_MAX } from "#app/domain/directory";
import { reviewSchema, revokeSchema } from "#app/domain/listing-forms";
import { useTranslate } from "#app/i18n/i18n";

type Result = SubmissionResult<string[]> | null | undefined;

/** Approve after a check (how, and a note), or refuse. */
export function ReviewForm({ claimId, result }: { claimId: number; result: Result }) {
  const t = useTranslate();
  const [form, fields] = useValidatedForm(reviewSchema(t), {
    id: `review-${claimId}`,
    lastResult: result,
  });
  return (
    <Form method="post" className="form claim-review" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="claimId" value={claimId} />
      <FieldFrame id={fields.check.id} label={t("claims.checkLabel")} errors={fields.check.errors}>
        {(control) => (
          <select {...control} name={fields.check.name} defaultValue="">
            <option value="">{t("claims.checkChoose")}</option>
            {CLAIM_CHECKS.map((check) => (
              <option key={check} value={check}>
                {t(`claims.check.${check}`)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <TextareaField
        label={t("claims.note")}
        hint={t("claims.noteHint")}
        field={fields.note}
        rows={3}
        maxLength={CLAIM_NOTE_MAX}
      />
      <p>
        <button type="submit" name="intent" value="approve" className="button">
          {t("claims.approve")}
        </button>{" "}
        <button type="submit" name="intent" value="refuse" className="button button--secondary">
          {t("claims.refuse")}
        </button>
      </p>
    </Form>
  );
}

/** Revoke a manager, with the reason the public moderation log shows. */
export function RevokeForm({ claimId, result }: { claimId: number; result: Result }) {
  const t = useTranslate();
  const [form, fields] = useValidatedForm(revokeSchema(t), {
    id: `revoke-${claimId}`,
    lastResult: result,
  });
  return (
    <Form method="post" className="form claim-review" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="intent" value="revoke" />
      <TextareaField
        label={t("claims.revokeReason")}
        hint={t("claims.revokeHint")}
        field={fields.reason}
        rows={2}
        maxLength={CLAIM_NOTE_MAX}
      />
      <p>
        <button type="submit" className="button button--secondary">
          {t("claims.revoke")}
        </button>
      </p>
    </Form>
  );
}
