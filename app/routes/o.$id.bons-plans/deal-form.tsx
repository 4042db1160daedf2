import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Field, FormErrors, TextareaField, useValidatedForm } from "#app/components/forms";
import { DEAL_BODY_MAX, DEAL_CODE_MAX, DEAL_TITLE_MAX, dealSchema } from "#app/domain/deal-forms";
import { useTranslate } from "#app/i18n/i18n";

/** « Nouveau bon plan »: title, text, days, optional quantity and code. */
export function DealForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const t = useTranslate();
  const [form, fields] = useValidatedForm(dealSchema(t), {
    id: "deal-form",
    lastResult,
    validate: "onBlur",
  });
  return (
    <section className="card stack" aria-labelledby="deal-new">
      <h2 id="deal-new">{t("deals.manage.new")}</h2>
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="publish" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field
          label={t("deals.form.title")}
          field={fields.title}
          inputProps={{
            ...getInputProps(fields.title, { type: "text" }),
            maxLength: DEAL_TITLE_MAX,
          }}
        />
        <TextareaField
          label={t("deals.form.body")}
          hint={t("deals.form.bodyHint")}
          field={fields.body}
          rows={4}
          maxLength={DEAL_BODY_MAX}
        />
        <Field
          label={t("deals.form.validFrom")}
          field={fields.validFrom}
          inputProps={getInputProps(fields.validFrom, { type: "date" })}
        />
        <Field
          label={t("deals.form.validUntil")}
          field={fields.validUntil}
          inputProps={getInputProps(fields.validUntil, { type: "date" })}
        />
        <Field
          label={t("deals.form.quantity")}
          hint={t("deals.form.quantityHint")}
          field={fields.quantity}
          inputProps={{
            ...getInputProps(fields.quantity, { type: "number" }),
            min: 1,
            max: 10_000,
          }}
        />
        <Field
          label={t("deals.form.code")}
          hint={t("deals.form.codeHint")}
          field={fields.code}
          inputProps={{ ...getInputProps(fields.code, { type: "text" }), maxLength: DEAL_CODE_MAX }}
        />
        <p>
          <button type="submit" className="button">
            {t("deals.form.submit")}
          </button>
        </p>
      </Form>
    </section>
  );
}
