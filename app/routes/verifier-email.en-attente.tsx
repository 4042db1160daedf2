import { data, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";
import { ResendLinkButton } from "#app/components/resend-link";
import { titleMeta } from "#app/components/page-title";
import { queueVerificationEmail } from "#app/models/members/account.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { rateLimitRefusal } from "#app/models/refusal-message";
import { getTranslator } from "#app/server/locale.server";
import { defineAction } from "#app/server/actions.server";

/** Where members who must confirm their address land, with a button to get the link again. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (user.emailVerified) throw redirect(`/m/${user.id}`);
  return { email: user.email ?? "" };
}

export const meta = titleMeta("pending.title");

export const headers = forwardRetryAfter;

export const action = defineAction(
  { limit: "verificationEmail", body: "ignored" },
  async ({ request }) => {
    const user = await requireUser(request);
    if (user.emailVerified || !user.email) return redirect(`/m/${user.id}`);
    const limit = hitRateLimit(
      getDb(),
      `verify-email:user:${user.id}`,
      RATE_LIMITS.verificationEmailPerUser,
    );
    if (!limit.allowed) {
      const refusal = rateLimitRefusal((await getTranslator(request)).t, limit.retryAfterSeconds);
      return data({ sent: false, message: refusal.message }, refusal.init);
    }
    queueVerificationEmail(getDb(), { userId: user.id, email: user.email });
    return { sent: true, message: null };
  },
);

export default function PendingVerification() {
  const { email } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  return (
    <section className="stack" aria-labelledby="pending-title">
      <h1 id="pending-title">{t("pending.title")}</h1>
      <p>{t("confirm.pendingText", { email })}</p>
      {actionData?.sent ? (
        <p className="notice" role="status">
          {t("confirm.resent", { email })}
        </p>
      ) : actionData ? (
        <p className="notice notice--error" role="alert">
          {actionData.message}
        </p>
      ) : null}
      <p>{t("confirm.notReceived")}</p>
      <ResendLinkButton />
      <p>
        {t("confirm.wrongAddress")} <Link to="/parametres">{t("confirm.changeAddress")}</Link>
      </p>
    </section>
  );
}
