import { getFormProps, getInputProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { Field, FormErrors } from "#app/components/forms";
import { useTranslate } from "#app/i18n/i18n";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "#app/domain/passwords";
import { IntentField, SaveButton, SettingsCard, useSettingsForm } from "./settings-form";

/** A new address takes effect once confirmed from the link sent to it. */
export function EmailForm({ email }: { email: string | null }) {
  const t = useTranslate();
  const [form, fields] = useSettingsForm("email");
  return (
    <SettingsCard id="email-title" title={t("settings.email")}>
      <p>{t("settings.emailCurrent", { email: email ?? "" })}</p>
      <p>
        <Link to="/parametres/notifications">{t("emails.settingsLink")}</Link>
      </p>
      <Form method="post" className="form" {...getFormProps(form)}>
        <IntentField intent="email" />
        <Field
          label={t("settings.emailNew")}
          field={fields.email}
          inputProps={{
            ...getInputProps(fields.email, { type: "email" }),
            required: true,
            maxLength: 254,
            autoComplete: "email",
          }}
        />
        <SaveButton />
      </Form>
    </SettingsCard>
  );
}

/** A new password, given the current one; other sessions are signed out. */
export function PasswordForm() {
  const t = useTranslate();
  const [form, fields] = useSettingsForm("password");
  return (
    <SettingsCard id="password-title" title={t("settings.password")}>
      <Form method="post" className="form" {...getFormProps(form)}>
        <IntentField intent="password" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field
          label={t("settings.currentPassword")}
          field={fields.currentPassword}
          inputProps={{
            ...getInputProps(fields.currentPassword, { type: "password" }),
            required: true,
            autoComplete: "current-password",
          }}
        />
        <Field
          label={t("field.newPassword")}
          hint={t("field.passwordHint")}
          field={fields.password}
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
            required: true,
            minLength: PASSWORD_MIN_LENGTH,
            maxLength: PASSWORD_MAX_LENGTH,
            autoComplete: "new-password",
          }}
        />
        <SaveButton />
      </Form>
    </SettingsCard>
  );
}
