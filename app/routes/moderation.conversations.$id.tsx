import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { relativeTime, translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { getLocale } from "#app/server/locale.server";
import { readReportedConversation } from "#app/models/moderation/reported-conversations.server";
import { loadActor } from "#app/models/members/privileges.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";

/**
 * GET /moderation/conversations/:id: a reported private conversation, for
 * the staff of the report's place while the report is open. Every view is
 * logged (conversation_access_log); anyone else gets a 403.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const actor = loadActor(db, user.id);
  const id = /^\d{1,12}$/.test(params.id ?? "") ? Number(params.id) : NaN;
  const conversation =
    actor && Number.isSafeInteger(id) ? readReportedConversation(db, actor, id) : undefined;
  if (!conversation) throw new Response("Forbidden", { status: 403 });
  return {
    locale: await getLocale(request),
    members: conversation.members,
    messages: conversation.messages.map((message) => ({
      ...message,
      createdAt: message.createdAt.toISOString(),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${translate(data?.locale ?? "fr", "moderation.conversation.title")} · Coup de main`,
  },
  { name: "robots", content: "noindex" },
];

export default function ReportedConversation() {
  const { members, messages } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const locale = useLocale();
  return (
    <section className="stack" aria-labelledby="conversation-title">
      <h1 id="conversation-title">{t("moderation.conversation.title")}</h1>
      <p>{t("moderation.conversation.between", { names: members.join(" · ") })}</p>
      <p className="notice">{t("moderation.conversation.logged")}</p>
      {messages.length === 0 ? (
        <p className="muted">{t("moderation.conversation.empty")}</p>
      ) : (
        <ol className="moderation-conversation">
          {messages.map((message) => (
            <li key={message.id} className="card">
              <p className="post__meta" suppressHydrationWarning>
                <strong>{message.senderName}</strong> · {relativeTime(locale, message.createdAt)}
                {message.reported ? (
                  <>
                    {" "}
                    <span className="status-badge status-badge--moderation">
                      {t("moderation.conversation.reported")}
                    </span>
                  </>
                ) : null}
                {message.state ? (
                  <>
                    {" "}
                    <span className="status-badge">{t(`moderation.state.${message.state}`)}</span>
                  </>
                ) : null}
              </p>
              <p className="moderation-conversation__body">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link to="/moderation">{t("moderation.conversation.back")}</Link>
      </p>
    </section>
  );
}
