import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";
import { MESSAGE_MAX, messageSchema } from "#app/domain/messages";
import { FormErrors, TextareaField, useValidatedForm } from "./forms";

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
  return (
    <Form method="post" className="form message-form" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextareaField
        label={label}
        hint={t("messages.bodyHint", { name: recipientName })}
        field={fields.body}
        rows={4}
        maxLength={MESSAGE_MAX}
        required
      />
      <p>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("messages.send")}
        </button>
      </p>
    </Form>
  );
}
