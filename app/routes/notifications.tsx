import { parseWithZod } from "@conform-to/zod";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ActionNotice } from "#app/components/forms";
import { relativeTime, translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { getTranslator } from "#app/server/locale.server";
import { notificationSentence } from "#app/models/notifications/content.server";
import {
  listNotifications,
  markAllNotificationsRead,
} from "#app/models/notifications/inbox.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { defineAction } from "#app/server/actions.server";

const actionSchema = z.object({ intent: z.literal("mark-all-read") });
/** "?avant=123": the page of notifications older than that one. */
const cursorSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** The member's notifications, newest first, 30 a page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t, locale } = await getTranslator(request);
  const cursor = cursorSchema.safeParse(new URL(request.url).searchParams.get("avant"));
  const page = listNotifications(getDb(), user.id, {
    before: cursor.success ? cursor.data : null,
  });
  return {
    locale,
    paged: cursor.success,
    nextCursor: page.nextCursor,
    items: page.items.map((item) => ({
      id: item.id,
      sentence: notificationSentence(t, locale, item),
      read: item.read,
      createdAt: item.createdAt.toISOString(),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "notifications.title")} · Coup de main` },
];

/** « Tout marquer comme lu »: only ever the signed-in member's own notifications. */
export const action = defineAction(
  { intents: { "mark-all-read": "notificationsRead" } },
  async ({ request, form }) => {
    const user = await requireUser(request);
    const { t } = await getTranslator(request);
    const submission = parseWithZod(form, { schema: actionSchema });
    if (submission.status !== "success") {
      return data({ ok: false, message: t("form.invalid") }, { status: 400 });
    }
    markAllNotificationsRead(getDb(), user.id);
    return { ok: true, message: t("notifications.allRead") };
  },
);

export default function Notifications() {
  const { items, nextCursor, paged } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const locale = useLocale();
  const hasUnread = items.some((item) => !item.read);
  return (
    <section className="stack" aria-labelledby="notifications-title">
      <h1 id="notifications-title">{t("notifications.title")}</h1>
      <p className="lead">{t("notifications.intro")}</p>
      <ActionNotice result={actionData} />
      <p className="notifications-links">
        <Link to="/parametres/notifications">{t("notifications.emailSettings")}</Link>
        <Link to="/parametres/suivis">{t("notifications.followsLink")}</Link>
      </p>
      {hasUnread ? (
        <Form method="post">
          <button
            type="submit"
            name="intent"
            value="mark-all-read"
            className="button button--secondary"
          >
            {t("notifications.markAllRead")}
          </button>
        </Form>
      ) : null}
      {items.length === 0 ? (
        <p className="muted">{t("notifications.empty")}</p>
      ) : (
        <ol className="notification-list">
          {items.map((item) => (
            <li
              key={item.id}
              className={item.read ? "notification" : "notification notification--unread"}
            >
              {/* A form, not a link: opening a notification marks it read, with or without JavaScript. */}
              <Form method="post" action={`/notifications/${item.id}`}>
                <button type="submit" className="notification__open">
                  {item.read ? null : (
                    <>
                      <span className="notification__unread">{t("notifications.unread")}</span>{" "}
                    </>
                  )}
                  <span className="notification__sentence">{item.sentence}</span>
                </button>
              </Form>
              <time
                dateTime={item.createdAt}
                className="notification__date"
                suppressHydrationWarning
              >
                {relativeTime(locale, item.createdAt)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {paged || nextCursor ? (
        <nav className="pagination" aria-label={t("notifications.pages")}>
          {paged ? <Link to="/notifications">{t("notifications.newest")}</Link> : null}
          {nextCursor ? (
            <Link to={`/notifications?avant=${nextCursor}`}>{t("notifications.older")}</Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
