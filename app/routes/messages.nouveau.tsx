import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { BlockForm } from "#app/components/block-form";
import { MessageForm } from "#app/components/message-form";
import { translate, useTranslate } from "#app/i18n/i18n";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { conversationBetween } from "#app/models/messages/conversations.server";
import { isBlocked } from "#app/models/messages/blocks.server";
import { sendMessage } from "#app/models/messages/send.server";
import { loadActor } from "#app/models/members/privileges.server";
import { getQuestion } from "#app/models/questions/posts.server";
import { parsePostId, questionPath } from "#app/models/questions/paths";
import { refusedSubmission } from "#app/models/refusal-message";
import { getMemberProfile } from "#app/models/members/users.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { messageSchema } from "#app/domain/messages";
import { memberName } from "#app/domain/names";
import { notFound } from "#app/server/not-found.server";
import { defineAction } from "#app/server/actions.server";

/** Who the message is for (`?a=`), and the answer or offer it is about (`?question=`). */
function recipientAndQuestion(request: Request) {
  const url = new URL(request.url);
  const db = getDb();
  const recipient = getMemberProfile(db, (url.searchParams.get("a") ?? "").slice(0, 40));
  if (!recipient) throw notFound("member");
  const questionId = parsePostId(url.searchParams.get("question") ?? undefined);
  const question = Number.isSafeInteger(questionId) ? getQuestion(db, questionId) : undefined;
  return { recipient, question: question && !question.deletedAt ? question : null };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { recipient, question } = recipientAndQuestion(request);
  const db = getDb();
  const locale = await getLocale(request);
  return {
    locale,
    recipient: {
      id: recipient.id,
      name: recipient.deletedAt
        ? translate(locale, "profile.formerMember")
        : memberName(recipient, { full: true }),
      isSelf: recipient.id === user.id,
      deleted: recipient.deletedAt != null,
    },
    blockedByMe: isBlocked(db, user.id, recipient.id),
    existingConversationId: conversationBetween(db, user.id, recipient.id)?.id ?? null,
    about: question ? { title: question.title, path: questionPath(question) } : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${translate(data.locale, "messages.new.title", { name: data.recipient.name })} · Coup de main`,
        },
      ]
    : [];

export const headers = forwardRetryAfter;

/** Sends the message (into the pair's conversation if they have one) and lands on it. */
export const action = defineAction({ limit: "message" }, async ({ request, form }) => {
  const user = await requireUser(request);
  const { t } = await getTranslator(request);
  const db = getDb();
  const { recipient, question } = recipientAndQuestion(request);
  const actor = loadActor(db, user.id);
  if (!actor) throw notFound("member");
  const submission = parseWithZod(form, { schema: messageSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const outcome = sendMessage(db, actor, {
    toUserId: recipient.id,
    body: submission.value.body,
    questionId: question?.id ?? null,
  });
  if (!outcome.ok) {
    const { refusal } = outcome;
    return refusedSubmission(t, submission, refusal);
  }
  return redirect(`/messages/${outcome.conversationId}#message-${outcome.messageId}`, 303);
});

export default function NewMessage() {
  const { recipient, blockedByMe, existingConversationId, about } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const location = useLocation();
  return (
    <section className="stack conversation" aria-labelledby="new-message-title">
      <h1 id="new-message-title">{t("messages.new.title", { name: recipient.name })}</h1>
      {recipient.isSelf || recipient.deleted ? (
        <p className="notice">
          {t(recipient.isSelf ? "refusal.message-self" : "refusal.message-former-member")}
        </p>
      ) : blockedByMe ? (
        <div className="notice" role="note">
          <p>{t("refusal.message-blocking")}</p>
          <BlockForm
            memberId={recipient.id}
            name={recipient.name}
            blocked
            redirectTo={location.pathname + location.search}
          />
        </div>
      ) : (
        <>
          <p className="lead">{t("messages.new.intro", { name: recipient.name })}</p>
          {existingConversationId ? (
            <p>
              <Link to={`/messages/${existingConversationId}`}>
                {t("messages.with", { name: recipient.name })}
              </Link>
            </p>
          ) : null}
          {about ? (
            <p className="thread__about">
              {t("messages.about")} <Link to={about.path}>{about.title}</Link>
            </p>
          ) : null}
          <div className="card">
            <MessageForm
              result={actionData?.result}
              label={t("messages.body")}
              recipientName={recipient.name}
            />
          </div>
        </>
      )}
    </section>
  );
}
