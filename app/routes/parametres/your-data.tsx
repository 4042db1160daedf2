import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ChoiceField } from "#app/components/forms";
import { useTranslate } from "#app/i18n/i18n";
import { ConfirmPasswordFirst } from "#app/components/confirm-password-first";
import { IntentField, SENSITIVE_SECTIONS, SettingsCard, useSettingsForm } from "./settings-form";

/**
 * The member's data to take away, and the account to delete (a box to tick
 * first, and the password typed lately).
 */
export function YourData({ recentlyAuthenticated }: { recentlyAuthenticated: boolean }) {
  const t = useTranslate();
  const [form, fields] = useSettingsForm("delete");
  return (
    <SettingsCard id="data-title" title={t("settings.data")}>
      <p>{t("settings.exportText")}</p>
      <p>
        <a href="/parametres/export" download className="button button--secondary">
          {t("settings.export")}
        </a>
      </p>
      <h3>{t("settings.delete")}</h3>
      <p>{t("settings.deleteText")}</p>
      {recentlyAuthenticated ? (
        <Form method="post" className="form" {...getFormProps(form)}>
          <IntentField intent="delete" />
          <ChoiceField legend={t("settings.delete")} legendHidden field={fields.confirm}>
            <label>
              <input type="checkbox" name={fields.confirm.name} value="yes" required />
              {t("settings.deleteConfirm")}
            </label>
          </ChoiceField>
          <p>
            <button type="submit" className="button button--danger">
              {t("settings.delete")}
            </button>
          </p>
        </Form>
      ) : (
        <ConfirmPasswordFirst returnTo={SENSITIVE_SECTIONS.delete} />
      )}
    </SettingsCard>
  );
}
