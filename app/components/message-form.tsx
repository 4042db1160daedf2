import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";
import { MESSAGE_MAX, messageSchema } from "#app/domain/messages";
import { FieldErrors, FormErrors, useValidatedForm } from "./forms";

/** The form to write a message or a reply; it works without JavaScript (a plain POST). */
export function MessageForm({
  result,
  label,
  recipientName,
}: {
  result?: SubmissionResult<string[]>;
  label: string;
  recipientName: string;
}) {
  const t = useTranslate();
  const navigation = useNavigation();
  const [form, fields] = useValidatedForm(messageSchema(t), {
    id: "message-form",
    lastResult: result,
  });
  const invalid = Boolean(fields.body.errors?.length);
  return (
    <Form method="post" className="form message-form" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="field">
        <label htmlFor={fields.body.id} className="field-label">
          {label}
        </label>
        <p id={fields.body.descriptionId} className="field-hint">
          {t("messages.bodyHint", { name: recipientName })}
        </p>
        <textarea
          id={fields.body.id}
          name={fields.body.name}
          key={fields.body.key}
          defaultValue={
            typeof fields.body.initialValue === "string" ? fields.body.initialValue : undefined
          }
          required
          rows={4}
          maxLength={MESSAGE_MAX}
          aria-invalid={invalid || undefined}
          aria-describedby={
            invalid
              ? `${fields.body.descriptionId} ${fields.body.errorId}`
              : fields.body.descriptionId
          }
        />
        <FieldErrors id={fields.body.errorId} errors={fields.body.errors} />
      </div>
      <p>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("messages.send")}
        </button>
      </p>
    </Form>
  );
}
