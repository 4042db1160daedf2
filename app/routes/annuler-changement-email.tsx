import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { translate, useTranslate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { findUndoableChange, undoEmailChange } from "#app/models/members/email-changes.server";
import { rateLimitRefusal, refusalInit, refusalMessage } from "#app/models/refusal-message";
import { defineAction } from "#app/server/actions.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { clientIp } from "#app/server/request.server";

const undoSchema = z.object({ token: z.string().max(100) });

/**
 * GET /annuler-changement-email?token=…: the link sent to the old address
 * when a change of address was confirmed. The page only explains; the button
 * undoes (mail scanners open links, they do not press buttons).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const change = token.length <= 100 ? findUndoableChange(getDb(), token) : undefined;
  return {
    locale: await getLocale(request),
    change: change ? { token, oldEmail: change.oldEmail } : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "undoEmail.title")} · Coup de main` },
];

export const headers = forwardRetryAfter;

/** Undoes the change (models/members/email-changes.server.ts), then opens the reset form. */
export const action = defineAction(
  { limit: "emailChangeUndo" },
  async ({ request, context, form }) => {
    const { t } = await getTranslator(request);
    const db = getDb();
    const limit = hitRateLimit(
      db,
      `undo-email:ip:${clientIp(context)}`,
      RATE_LIMITS.undoEmailChangePerIp,
    );
    if (!limit.allowed) {
      const refusal = rateLimitRefusal(t, limit.retryAfterSeconds);
      return data({ error: refusal.message }, refusal.init);
    }
    const submission = parseWithZod(form, { schema: undoSchema });
    const outcome =
      submission.status === "success"
        ? undoEmailChange(db, submission.value.token)
        : ({ ok: false, refusal: { reason: "undo-link-invalid" } } as const);
    if (!outcome.ok) {
      return data({ error: refusalMessage(t, outcome.refusal) }, refusalInit(outcome.refusal));
    }
    // Every session is closed: the new password is chosen from this fresh reset link.
    const reset = new URLSearchParams({ token: outcome.resetToken, annule: "1" });
    return redirect(`/reinitialiser-mot-de-passe?${reset}`, 303);
  },
);

export default function UndoEmailChange() {
  const { change } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const error = actionData?.error ?? (change ? null : t("refusal.undo-link-invalid"));
  return (
    <section className="stack" aria-labelledby="undo-title">
      <h1 id="undo-title">{t("undoEmail.title")}</h1>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {change ? (
        <Form method="post" className="card form">
          <p>{t("undoEmail.text", { email: change.oldEmail })}</p>
          <input type="hidden" name="token" value={change.token} />
          <p>
            <button type="submit" className="button button--danger">
              {t("undoEmail.submit")}
            </button>
          </p>
        </Form>
      ) : (
        <p>
          <Link to="/mot-de-passe-oublie">{t("signIn.forgot")}</Link>
        </p>
      )}
    </section>
  );
}
