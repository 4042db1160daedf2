import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { relativeTime, translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { getLocale } from "#app/server/locale.server";
import { listConversations } from "#app/models/messages/conversations.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { authorName } from "#app/domain/names";

/** The inbox: the member's conversations, newest first, with what is unread. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = await getLocale(request);
  const formerMember = translate(locale, "profile.formerMember");
  return {
    locale,
    conversations: listConversations(getDb(), user.id).map((conversation) => ({
      id: conversation.id,
      name: authorName(conversation.other, { full: true, formerMember }),
      unread: conversation.unread,
      lastMessageAt: conversation.lastMessageAt.toISOString(),
      lastMessage: conversation.lastMessage,
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "messages.title")} · Coup de main` },
];

export default function Inbox() {
  const { conversations } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const locale = useLocale();
  return (
    <section className="stack" aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t("messages.title")}</h1>
      <p className="lead">{t("messages.intro")}</p>
      {conversations.length === 0 ? (
        <p className="notice">{t("messages.empty")}</p>
      ) : (
        <ul className="inbox" aria-label={t("messages.list")}>
          {conversations.map((conversation) => (
            <li
              key={conversation.id}
              className={`inbox__item${conversation.unread ? " inbox__item--unread" : ""}`}
            >
              <Link to={`/messages/${conversation.id}`} className="inbox__link">
                <span className="inbox__name">{conversation.name}</span>{" "}
                {conversation.unread ? (
                  <span className="inbox__unread">
                    {t("messages.unread", { count: conversation.unread })}
                  </span>
                ) : null}
              </Link>
              <p className="inbox__excerpt">
                {conversation.lastMessage?.mine ? t("messages.you") : null}
                {conversation.lastMessage
                  ? (conversation.lastMessage.excerpt ?? <em>{t("messages.removed")}</em>)
                  : t("messages.noMessage")}
              </p>
              <p className="inbox__time">
                <time dateTime={conversation.lastMessageAt} suppressHydrationWarning>
                  {relativeTime(locale, conversation.lastMessageAt)}
                </time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
