import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import {
  Field,
  FieldFrame,
  FormErrors,
  TextareaField,
  useValidatedForm,
} from "#app/components/forms";
import {
  endPartnershipSchema,
  recordPartnershipSchema,
  renewPartnershipSchema,
} from "#app/domain/partner-forms";
import { PARTNERSHIP_REASON_MAX } from "#app/domain/partners";
import { formatDay } from "#app/i18n/format";
import { useLocale, useTranslate } from "#app/i18n/i18n";

type Result = SubmissionResult<string[]> | null | undefined;
export type AmbassadorChoice = { id: string; name: string };
export type Prefill = {
  startsOn: string;
  endsOn: string;
  amount: string;
  ambassadorId: string | null;
};

/** An admin picks one of the place's ambassadors; an ambassador signs for themself. */
function AmbassadorSelect({
  id,
  name,
  choices,
  defaultValue,
}: {
  id: string;
  name: string;
  choices: AmbassadorChoice[] | null;
  defaultValue: string | null;
}) {
  const t = useTranslate();
  if (!choices) return null;
  return (
    <FieldFrame id={id} label={t("partnership.ambassador")}>
      {(control) => (
        <select {...control} name={name} defaultValue={defaultValue ?? ""}>
          <option value="">{t("partnership.ambassadorSelf")}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** A new partnership: first and last day, monthly amount, ambassador. */
export function RecordForm({
  result,
  prefill,
  ambassadors,
}: {
  result: Result;
  prefill: Prefill;
  ambassadors: AmbassadorChoice[] | null;
}) {
  const t = useTranslate();
  const [form, fields] = useValidatedForm(recordPartnershipSchema(t), {
    id: "record-partnership",
    lastResult: result,
    defaultValue: prefill,
  });
  return (
    <Form method="post" className="form stack" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="record" />
      <Field
        label={t("partnership.startsOn")}
        field={fields.startsOn}
        inputProps={{ ...getInputProps(fields.startsOn, { type: "date" }), required: true }}
      />
      <Field
        label={t("partnership.endsOn")}
        field={fields.endsOn}
        inputProps={{ ...getInputProps(fields.endsOn, { type: "date" }), required: true }}
      />
      <Field
        label={t("partnership.amount")}
        hint={t("partnership.amountHint")}
        field={fields.amount}
        inputProps={{
          ...getInputProps(fields.amount, { type: "text" }),
          inputMode: "decimal",
          required: true,
        }}
      />
      <AmbassadorSelect
        id={fields.ambassadorId.id}
        name={fields.ambassadorId.name}
        choices={ambassadors}
        defaultValue={prefill.ambassadorId}
      />
      <p>
        <button type="submit" className="button">
          {t("partnership.record")}
        </button>
      </p>
    </Form>
  );
}

/** A renewal: from the day after the old one's last day, prefilled with its terms. */
export function RenewForm({
  partnershipId,
  result,
  prefill,
  ambassadors,
}: {
  partnershipId: number;
  result: Result;
  prefill: Prefill;
  ambassadors: AmbassadorChoice[] | null;
}) {
  const t = useTranslate();
  const locale = useLocale();
  const [form, fields] = useValidatedForm(renewPartnershipSchema(t), {
    id: `renew-${partnershipId}`,
    lastResult: result,
    defaultValue: prefill,
  });
  return (
    <Form method="post" className="form stack" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="renew" />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <p>{t("partnership.renewFrom", { day: formatDay(locale, prefill.startsOn) })}</p>
      <Field
        label={t("partnership.endsOn")}
        field={fields.endsOn}
        inputProps={{ ...getInputProps(fields.endsOn, { type: "date" }), required: true }}
      />
      <Field
        label={t("partnership.amount")}
        hint={t("partnership.amountHint")}
        field={fields.amount}
        inputProps={{
          ...getInputProps(fields.amount, { type: "text" }),
          inputMode: "decimal",
          required: true,
        }}
      />
      <AmbassadorSelect
        id={fields.ambassadorId.id}
        name={fields.ambassadorId.name}
        choices={ambassadors}
        defaultValue={prefill.ambassadorId}
      />
      <p>
        <button type="submit" className="button">
          {t("partnership.renew")}
        </button>
      </p>
    </Form>
  );
}

/** End a partnership today, with a reason kept for staff. */
export function EndForm({ partnershipId, result }: { partnershipId: number; result: Result }) {
  const t = useTranslate();
  const [form, fields] = useValidatedForm(endPartnershipSchema(t), {
    id: `end-${partnershipId}`,
    lastResult: result,
  });
  return (
    <Form method="post" className="form stack" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="end" />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <TextareaField
        label={t("partnership.endReason")}
        hint={t("partnership.endReasonHint")}
        field={fields.reason}
        rows={2}
        maxLength={PARTNERSHIP_REASON_MAX}
      />
      <p>
        <button type="submit" className="button button--secondary">
          {t("partnership.end")}
        </button>
      </p>
    </Form>
  );
}
