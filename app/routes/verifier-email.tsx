import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";
import { confirmEmail } from "#app/models/members/email-changes.server";
import { createUserSession, getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";

/**
 * GET /verifier-email?token=…: the link from the confirmation email. Using it
 * confirms the address (once) and signs the member in.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const confirmed = token.length <= 100 ? confirmEmail(getDb(), token) : undefined;
  if (!confirmed) return { ok: false };
  // A new member's first steps (skippable); an address change just confirms.
  const next = confirmed.firstConfirmation ? "/bienvenue?confirme=1" : "/";
  const current = await getUser(request);
  if (current?.id === confirmed.userId) return redirect(next);
  // A link proves the mailbox, not the password: sensitive actions will ask for it.
  return createUserSession(request, confirmed.userId, next, { provedPassword: false });
}

export default function VerifyEmail() {
  const t = useTranslate();
  return (
    <section className="stack">
      <h1>{t("pending.title")}</h1>
      <p className="notice notice--error" role="alert">
        {t("verify.invalid")}
      </p>
      <p>
        <Link to="/verifier-email/en-attente">{t("pending.resend")}</Link>
      </p>
    </section>
  );
}
