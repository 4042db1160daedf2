import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { useTranslate } from "#app/i18n/i18n";
import { Field } from "./forms";

/** First and last name: the real name a member signs with. */
export function NameFields({
  firstName,
  lastName,
}: {
  firstName: FieldMetadata<string>;
  lastName: FieldMetadata<string>;
}) {
  const t = useTranslate();
  return (
    <>
      <Field
        label={t("field.firstName")}
        field={firstName}
        inputProps={{ ...getInputProps(firstName, { type: "text" }), autoComplete: "given-name" }}
      />
      <Field
        label={t("field.lastName")}
        field={lastName}
        inputProps={{ ...getInputProps(lastName, { type: "text" }), autoComplete: "family-name" }}
      />
    </>
  );
}

export function EmailField({ field, label }: { field: FieldMetadata<string>; label?: string }) {
  const t = useTranslate();
  return (
    <Field
      label={label ?? t("field.email")}
      field={field}
      inputProps={{ ...getInputProps(field, { type: "email" }), autoComplete: "email" }}
    />
  );
}

/** A password being chosen, with the rule as its hint; browsers offer to generate one. */
export function NewPasswordField({
  field,
  label,
}: {
  field: FieldMetadata<string>;
  label: string;
}) {
  const t = useTranslate();
  return (
    <Field
      label={label}
      hint={t("field.passwordHint")}
      field={field}
      inputProps={{ ...getInputProps(field, { type: "password" }), autoComplete: "new-password" }}
    />
  );
}
