import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { NameFields } from "#app/components/account-fields";
import { RadioField } from "#app/components/forms";
import { PlaceField } from "#app/components/place-field";
import { useTranslate } from "#app/i18n/i18n";
import { LOCALES, type Locale } from "#app/i18n/messages";
import { IntentField, SaveButton, SettingsCard, useSettingsForm } from "./settings-form";

/** The member's real name; every change is logged. */
export function NameForm({ firstName, lastName }: { firstName: string; lastName: string }) {
  const t = useTranslate();
  const [form, fields] = useSettingsForm("name", { firstName, lastName });
  return (
    <SettingsCard id="name-title" title={t("settings.name")}>
      <p className="field-hint">{t("settings.nameHint")}</p>
      <Form method="post" className="form" {...getFormProps(form)}>
        <IntentField intent="name" />
        <NameFields firstName={fields.firstName} lastName={fields.lastName} />
        <SaveButton />
      </Form>
    </SettingsCard>
  );
}

/** The home place; moving drops the verified badge, which the hint says first. */
export function PlaceForm({ place }: { place: { name: string } | null }) {
  const t = useTranslate();
  const [form, fields] = useSettingsForm("place");
  return (
    <SettingsCard id="place-title" title={t("settings.place")}>
      <p className="field-hint">{t("settings.placeWarning")}</p>
      <Form method="post" className="form" {...getFormProps(form)}>
        <IntentField intent="place" />
        <PlaceField
          label={t("placeChooser.label")}
          field={fields.placeQuery}
          codeField={fields.placeCode}
          defaultPlace={place}
          required
        />
        <SaveButton />
      </Form>
      <p>
        <Link to="/verification">{t("verification.myProfileLink")}</Link>
      </p>
    </SettingsCard>
  );
}

/** The language of the site and of the emails. */
export function LanguageForm({ locale }: { locale: Locale }) {
  const t = useTranslate();
  const [form, fields] = useSettingsForm("locale", { locale });
  return (
    <SettingsCard id="language-title" title={t("settings.language")}>
      <Form method="post" className="form" {...getFormProps(form)}>
        <IntentField intent="locale" />
        <RadioField
          legend={t("settings.language")}
          legendHidden
          field={fields.locale}
          options={LOCALES.map((option) => ({ value: option, label: t(`language.${option}`) }))}
        />
        <SaveButton />
      </Form>
    </SettingsCard>
  );
}
