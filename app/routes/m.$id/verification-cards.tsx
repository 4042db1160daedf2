import { getFormProps, getInputProps } from "@conform-to/react";
import { Form, useActionData } from "@remix-run/react";
import { Field, useValidatedForm } from "#app/components/forms";
import { useTranslate } from "#app/i18n/i18n";
import { memberActionSchema, REVOKE_REASON_MAX, type MemberReply } from "./member-actions";
import type { ProfilePageData } from "./profile.server";

/**
 * What the viewer may do about this member's verified neighbourhood: vouch
 * for them, ask them for a vouch, verify them as staff, or revoke it as a
 * moderator. Each button is there only if the rules allow it.
 */
export function VerificationCards({ profile }: { profile: ProfilePageData }) {
  const t = useTranslate();
  const { vouch, vouchRequest } = profile;
  return (
    <>
      {vouch ? (
        <section className="card" aria-labelledby="vouch-title">
          <h2 id="vouch-title">{t("verification.vouchTitle", { name: profile.name })}</h2>
          <p>{t("verification.vouchText")}</p>
          {vouch.refusal ? (
            <p className="muted">{vouch.refusal}</p>
          ) : (
            <Form method="post">
              <button type="submit" name="intent" value="vouch" className="button">
                {t("verification.vouchButton")}
              </button>
            </Form>
          )}
        </section>
      ) : null}

      {vouchRequest ? (
        <section className="card" aria-labelledby="vouch-request-title">
          <h2 id="vouch-request-title">
            {t("vouchRequest.title", { name: vouchRequest.firstName })}
          </h2>
          {vouchRequest.requested ? (
            <p className="muted">
              {t("vouchRequest.alreadySent", { name: vouchRequest.firstName })}
            </p>
          ) : (
            <>
              <p>{t("vouchRequest.text", { name: vouchRequest.firstName })}</p>
              <Form method="post">
                <button type="submit" name="intent" value="request-vouch" className="button">
                  {t(`vouchRequest.button.${vouchRequest.style}`, { name: vouchRequest.firstName })}
                </button>
              </Form>
            </>
          )}
        </section>
      ) : null}

      {profile.canVerify ? (
        <Form method="post">
          <button type="submit" name="intent" value="verify" className="button button--secondary">
            {t("verification.staffButton")}
          </button>
        </Form>
      ) : null}

      {profile.canRevoke ? <RevokeCard /> : null}
    </>
  );
}

/** A moderator withdraws the verification, with a reason kept in the moderation log. */
function RevokeCard() {
  const t = useTranslate();
  const reply = useActionData<MemberReply>();
  const [form, fields] = useValidatedForm(memberActionSchema(t), {
    id: "revoke-form",
    lastResult: reply?.intent === "revoke" ? reply.result : undefined,
  });
  return (
    <section className="card" aria-labelledby="revoke-title">
      <h2 id="revoke-title">{t("verification.revokeTitle")}</h2>
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="revoke" />
        <Field
          label={t("verification.revokeReason")}
          field={fields.reason}
          inputProps={{
            ...getInputProps(fields.reason, { type: "text" }),
            required: true,
            maxLength: REVOKE_REASON_MAX,
          }}
        />
        <p>
          <button type="submit" className="button button--secondary">
            {t("verification.revokeButton")}
          </button>
        </p>
      </Form>
    </section>
  );
}
