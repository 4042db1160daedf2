import { getFormProps, getInputProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { EmailField, NewPasswordField } from "#app/components/account-fields";
import { Field, FormErrors } from "#app/components/forms";
import { useTranslate } from "#app/i18n/i18n";
import { ConfirmPasswordFirst } from "#app/components/confirm-password-first";
import {
  IntentField,
  SaveButton,
  SENSITIVE_SECTIONS,
  SettingsCard,
  useSettingsForm,
} from "./settings-form";

/**
 * A new address takes effect once confirmed from the link sent to it. Only
 * with the password typed lately: otherwise a link to confirm it comes first,
 * so nothing typed here is lost to that detour.
 */
export function EmailForm({
  email,
  recentlyAuthenticated,
}: {
  email: string | null;
  recentlyAuthenticated: boolean;
}) {
  const t = useTranslate();
  const [form, fields] = useSettingsForm("email");
  return (
    <SettingsCard id="email-title" title={t("settings.email")}>
      <p>{t("settings.emailCurrent", { email: email ?? "" })}</p>
      <p>
        <Link to="/parametres/notifications">{t("emails.settingsLink")}</Link>
      </p>
      {recentlyAuthenticated ? (
        <Form method="post" className="form" {...getFormProps(form)}>
          <IntentField intent="email" />
          <EmailField label={t("settings.emailNew")} field={fields.email} />
          <SaveButton />
        </Form>
      ) : (
        <ConfirmPasswordFirst returnTo={SENSITIVE_SECTIONS.email} />
      )}
    </SettingsCard>
  );
}

/**
 * A new password, given the current one (always: that is its own sudo mode);
 * other sessions are signed out.
 */
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
        <NewPasswordField label={t("field.newPassword")} field={fields.password} />
        <SaveButton />
      </Form>
    </SettingsCard>
  );
}
