import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { translate, useTranslate } from "#app/i18n/i18n";
import { getLocale } from "#app/server/locale.server";
import {
  memberIdForUnsubscribeToken,
  UNSUBSCRIBE_SCOPES,
  unsubscribe,
} from "#app/models/notifications/email-settings.server";
import { getDb } from "#app/server/db.server";
import { notFound } from "#app/server/not-found.server";
import { defineAction } from "#app/server/actions.server";

/** `?type=` of the link in the email: a notification type, "digest" or "all". */
const scopeSchema = z.enum(UNSUBSCRIBE_SCOPES);

/**
 * Whose emails the link stops, and which: a token we never gave out, or a
 * type we do not know, is a 404 and changes nothing.
 */
function resolveLink(request: Request, token: string | undefined) {
  const scope = scopeSchema.safeParse(new URL(request.url).searchParams.get("type") ?? "all");
  const memberId = memberIdForUnsubscribeToken(getDb(), token ?? "");
  if (!memberId || !scope.success) throw notFound();
  return { memberId, scope: scope.data };
}

/** A GET only asks: mail scanners open links, and must not unsubscribe anyone. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scope } = resolveLink(request, params.token);
  return { scope, token: params.token!, locale: await getLocale(request) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "emails.unsubscribe.metaTitle")} · Coup de main` },
  { name: "robots", content: "noindex" },
];

/**
 * The page's button and the mail provider's one-click POST (RFC 8058: body
 * `List-Unsubscribe=One-Click`, no cookie, a foreign or no Origin: see
 * origin-check.server.ts) both land here. The token alone decides whose emails stop.
 */
export const action = defineAction(
  { limit: "unsubscribe", body: "ignored" },
  async ({ request, params }) => {
    const { memberId, scope } = resolveLink(request, params.token);
    unsubscribe(getDb(), memberId, scope);
    return { done: true };
  },
);

export default function Unsubscribe() {
  const { scope, token } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const what =
    scope === "all"
      ? t("emails.unsubscribe.what.all")
      : scope === "digest"
        ? t("emails.unsubscribe.what.digest")
        : t("emails.unsubscribe.what.type", { type: t(`emails.type.${scope}`) });
  if (actionData?.done) {
    return (
      <section className="stack" aria-labelledby="unsubscribe-title">
        <h1 id="unsubscribe-title">{t("emails.unsubscribe.done")}</h1>
        <p role="status">{what}</p>
        <p>{t("emails.unsubscribe.account")}</p>
        <p>
          <Link to="/parametres/notifications">{t("emails.unsubscribe.settings")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="stack" aria-labelledby="unsubscribe-title">
      <h1 id="unsubscribe-title">{t("emails.unsubscribe.title")}</h1>
      <div className="card">
        <p>{what}</p>
        <p>{t("emails.unsubscribe.account")}</p>
        <Form method="post" action={`/desabonnement/${encodeURIComponent(token)}?type=${scope}`}>
          <button type="submit" className="button">
            {t("emails.unsubscribe.button")}
          </button>
        </Form>
      </div>
      <p>
        <Link to="/parametres/notifications">{t("emails.unsubscribe.settings")}</Link>
      </p>
    </section>
  );
}
