import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { translate, useTranslate } from "#app/i18n/i18n";
import { formatDayAndTime } from "#app/i18n/format";
import { getLocale } from "#app/server/locale.server";
import { getDb } from "#app/server/db.server";
import { getEnv } from "#app/server/env.server";
import { clientIp } from "#app/server/request.server";
import { isDevMailboxOpen, listDevMailbox } from "#app/server/mail.server";
import { notFound } from "#app/server/not-found.server";

/** GET /dev/mailbox: the emails kept instead of sent when there is no SMTP_URL. Never in production. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  if (!isDevMailboxOpen(getEnv(), clientIp(context))) {
    throw notFound();
  }
  const locale = await getLocale(request);
  const messages = listDevMailbox(getDb()).map((message) => ({
    id: message.id,
    to: message.to,
    subject: message.subject,
    text: message.text,
    sentAt: message.createdAt.toISOString(),
    // Formatted here, so the server and the browser cannot disagree on the time zone.
    sentAtLabel: formatDayAndTime(locale, message.createdAt),
  }));
  return { locale, messages };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "fr";
  return [
    { title: `${translate(locale, "mailbox.title")} · ${translate(locale, "app.name")}` },
    { name: "robots", content: "noindex" },
  ];
};

const URL_PATTERN = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)'])/;

/** The text with its URLs as links; React escapes everything else. */
function withLinks(text: string): ReactNode[] {
  // With a capturing group, split puts the URLs at the odd indexes.
  return text.split(URL_PATTERN).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default function DevMailbox() {
  const { messages } = useLoaderData<typeof loader>();
  const t = useTranslate();
  return (
    <div className="stack">
      <h1>{t("mailbox.title")}</h1>
      <p className="notice">{t("mailbox.notice")}</p>
      {messages.length === 0 ? (
        <p>{t("mailbox.empty")}</p>
      ) : (
        messages.map((message) => (
          <article
            key={message.id}
            className="card stack"
            aria-labelledby={`mail-${message.id}-subject`}
          >
            <h2 id={`mail-${message.id}-subject`}>{message.subject}</h2>
            <p className="muted">
              {t("mailbox.to", { to: message.to })} ·{" "}
              <time dateTime={message.sentAt}>{message.sentAtLabel}</time>
            </p>
            <pre className="mailbox__text">{withLinks(message.text)}</pre>
          </article>
        ))
      )}
    </div>
  );
}
