import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { Link } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";
import { CLAIM_MESSAGE_MAX, CLAIM_ROLE_MAX } from "#app/domain/directory";
import { Field, TextareaField } from "./forms";

/**
 * What a claim asks, whether the listing exists (claiming it) or not
 * (adding it): who the member is there, and a word for the ambassador or
 * moderator who checks it. Ends the form with its button.
 */
export function ClaimFields({
  role,
  message,
  submitLabel,
}: {
  role: FieldMetadata<string>;
  message: FieldMetadata<string>;
  submitLabel: string;
}) {
  const t = useTranslate();
  return (
    <>
      <Field
        label={t("claim.role")}
        hint={t("claim.roleHint")}
        field={role}
        inputProps={{
          ...getInputProps(role, { type: "text" }),
          maxLength: CLAIM_ROLE_MAX,
          required: true,
        }}
      />
      <TextareaField
        label={t("claim.message")}
        hint={t("claim.messageHint")}
        field={message}
        rows={3}
        maxLength={CLAIM_MESSAGE_MAX}
      />
      <p>
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </p>
    </>
  );
}

/** Only verified neighbours claim or add listings: the way to become one. */
export function ClaimNeedsVerification() {
  const t = useTranslate();
  return (
    <div className="notice">
      <p>{t("claim.needsVerification")}</p>
      <p>
        <Link to="/verification">{t("claim.howToVerify")}</Link>
      </p>
    </div>
  );
}
