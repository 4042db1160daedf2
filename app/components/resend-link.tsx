import { Form } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";

/** Where a signed-in member asks for a new confirmation link (the pending page's action). */
export const RESEND_LINK_ACTION = "/verifier-email/en-attente";

/**
 * « Recevoir un nouveau lien »: one button, for a signed-in member whose
 * address is not confirmed, wherever they are stopped (the pending page, the
 * banner, a link that no longer works). It posts to the pending page, which
 * says what happened.
 */
export function ResendLinkButton({ label, className }: { label?: string; className?: string }) {
  const t = useTranslate();
  return (
    <Form method="post" action={RESEND_LINK_ACTION} className={className}>
      <button type="submit" className="button">
        {label ?? t("confirm.resendButton")}
      </button>
    </Form>
  );
}
