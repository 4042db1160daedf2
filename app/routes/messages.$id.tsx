import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { BlockForm } from "#app/components/block-form";
import { MessageForm } from "#app/components/message-form";
import { relativeTime, translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import {
  conversationForMember,
  markConversationRead,
} from "#app/models/messages/conversations.server";
import { replyInConversation } from "#app/models/messages/send.server";
import { loadActor } from "#app/models/members/privileges.server";
import { parsePostId, questionPath } from "#app/models/questions/paths";
import { refusedSubmission } from "#app/models/refusal-message";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { messageSchema } from "#app/domain/messages";
import { authorName } from "#app/domain/names";
import { notFound } from "#app/server/not-found.server";
import { defineAction } from "#app/server/actions.server";

/** Only the two members see a conversation: anyone else gets the same 404 as for no conversation. */
function conversationNotFound(): never {
  throw notFound("conversation");
}

function conversationIdFrom(params: { id?: string }) {
  const id = parsePostId(params.id);
  if (!Number.isSafeInteger(id)) conversationNotFound();
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const id = conversationIdFrom(params);
  const conversation = conversationForMember(db, id, user.id);
  if (!conversation) conversationNotFound();
  markConversationRead(db, id, user.id);
  const locale = await getLocale(request);
  const formerMember = translate(locale, "profile.formerMember");
  const other = conversation.other;
  return {
    locale,
    id,
    other: {
      id: other.deleted ? null : other.id,
      name: authorName(other, { full: true, formerMember }),
      firstName: other.deleted ? formerMember : other.firstName,
    },
    blockedByMe: conversation.blockedByMe,
    messages: conversation.messages.map((message) => ({
      id: message.id,
      mine: message.mine,
      body: message.body,
      createdAt: message.createdAt.toISOString(),
      about: message.about
        ? { title: message.about.title, path: questionPath(message.about) }
        : null,
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${translate(data.locale, "messages.with", { name: data.other.name })} · Coup de main`,
        },
      ]
    : [];

export const headers = forwardRetryAfter;

/** A reply: only the two members may post here, and every refusal is checked again on the server. */
export const action = defineAction({ limit: "message" }, async ({ request, params, form }) => {
  const user = await requireUser(request);
  const { t } = await getTranslator(request);
  const db = getDb();
  const id = conversationIdFrom(params);
  const actor = loadActor(db, user.id);
  if (!actor || !conversationForMember(db, id, user.id)) conversationNotFound();
  const submission = parseWithZod(form, { schema: messageSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const outcome = replyInConversation(db, actor, id, submission.value.body);
  if (!outcome.ok) {
    const { refusal } = outcome;
    if (refusal.reason === "not-found") conversationNotFound();
    return refusedSubmission(t, submission, refusal);
  }
  return redirect(`/messages/${id}#message-${outcome.messageId}`, 303);
});

export default function Conversation() {
  const conversation = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const locale = useLocale();
  const { other } = conversation;
  const here = `/messages/${conversation.id}`;
  return (
    <article className="stack conversation" aria-labelledby="conversation-title">
      <p>
        <Link to="/messages">{t("messages.back")}</Link>
      </p>
      <h1 id="conversation-title">
        {other.id ? (
          <>
            {t("messages.with", { name: "" })}
            <Link to={`/m/${other.id}`}>{other.name}</Link>
          </>
        ) : (
          t("messages.with", { name: other.name })
        )}
      </h1>

      {!other.id ? <p className="notice">{t("messages.formerMember")}</p> : null}
      {other.id && conversation.blockedByMe ? (
        <div className="notice" role="note">
          <p>{t("messages.blockedNotice", { name: other.name })}</p>
          <BlockForm memberId={other.id} name={other.name} blocked redirectTo={here} />
        </div>
      ) : null}

      <section aria-label={t("messages.thread")}>
        <ol className="thread">
          {conversation.messages.map((message) => (
            <li
              key={message.id}
              id={`message-${message.id}`}
              className={`thread__message${message.mine ? " thread__message--mine" : ""}`}
            >
              <p className="thread__meta">
                <span className="thread__author">
                  {message.mine ? t("messages.sentByMe") : other.name}
                </span>{" "}
                ·{" "}
                <time dateTime={message.createdAt} suppressHydrationWarning>
                  {relativeTime(locale, message.createdAt)}
                </time>
              </p>
              {message.about ? (
                <p className="thread__about">
                  {t("messages.about")} <Link to={message.about.path}>{message.about.title}</Link>
                </p>
              ) : null}
              {message.body === null ? (
                <p className="thread__removed">
                  <em>{t("messages.removed")}</em>
                </p>
              ) : (
                <p className="thread__body">{message.body}</p>
              )}
            </li>
          ))}
        </ol>
      </section>

      {other.id && !conversation.blockedByMe ? (
        <div className="card">
          <MessageForm
            result={actionData?.result}
            label={t("messages.reply")}
            recipientName={other.name}
          />
        </div>
      ) : null}

      <footer className="conversation__tools">
        {other.id && !conversation.blockedByMe ? (
          <BlockForm memberId={other.id} name={other.name} blocked={false} redirectTo={here} />
        ) : null}
        <p>
          <Link to={`/signaler?cible=conversation&id=${conversation.id}`}>
            {t("messages.report")}
          </Link>
        </p>
      </footer>
    </article>
  );
}
