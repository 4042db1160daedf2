import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { WriteLink } from "#app/components/write-link";
import { relativeTime, useLocale, useTranslate } from "#app/i18n/i18n";
import { formatDay } from "#app/i18n/format";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { isModeratorFor, loadActor } from "#app/models/members/privileges.server";
import { getQuestion } from "#app/models/questions/posts.server";
import { parsePostId, questionPath } from "#app/models/questions/paths";
import { questionThread } from "#app/models/questions/thread.server";
import { getUser, requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { forwardRetryAfter } from "#app/server/headers";
import { handleQuestionAction, type Notice } from "./actions.server";
import { questionPageData } from "./page-data.server";
import {
  AnswerForm,
  ClosingControls,
  CommentsBlock,
  LockControls,
  ModerationNotice,
  PostControls,
  PostNotice,
} from "./parts";

function questionIdFrom(params: { id?: string }) {
  const id = parsePostId(params.id);
  if (!Number.isSafeInteger(id)) throw new Response("Question not found", { status: 404 });
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = getDb();
  const id = questionIdFrom(params);
  const question = getQuestion(db, id);
  if (!question) throw new Response("Question not found", { status: 404 });
  const url = new URL(request.url);
  // One URL per question: an old or mistyped slug moves permanently to the current one.
  if (params.slug !== question.slug) return redirect(`${questionPath(question)}${url.search}`, 301);
  const user = await getUser(request);
  const actor = user ? loadActor(db, user.id) : null;
  const isModerator = actor ? isModeratorFor(db, actor, question.placeId) : false;
  const thread = questionThread(db, id, { actor, isModerator });
  if (!thread) throw new Response("Question not found", { status: 404 });
  const locale = await getLocale(request);
  return {
    locale,
    ...questionPageData(db, thread, { actor, isModerator, locale, origin: url.origin }),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Coup de main" }];
  const title = `${data.question.title} · ${data.question.place.name} · Coup de main`;
  return [
    { title },
    { name: "description", content: data.description },
    { property: "og:type", content: "article" },
    { property: "og:title", content: data.question.title },
    { property: "og:description", content: data.description },
    { property: "og:url", content: data.canonicalUrl },
    { property: "og:site_name", content: "Coup de main" },
    { tagName: "link", rel: "canonical", href: data.canonicalUrl },
    ...(data.question.deleted ? [{ name: "robots", content: "noindex" }] : []),
  ];
};

export const headers = forwardRetryAfter;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const actor = loadActor(db, user.id);
  if (!actor) throw new Response("Forbidden", { status: 403 });
  const { t } = await getTranslator(request);
  return handleQuestionAction(db, actor, questionIdFrom(params), await request.formData(), t);
}

/** JSON-LD inside a script tag: "<" escaped so no text can close the tag. */
function jsonForScript(value: unknown) {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export default function QuestionPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const locale = useLocale();
  const { question, answers, viewer } = data;
  const notice: Notice | undefined =
    actionData && "notice" in actionData ? actionData.notice : undefined;
  const answerResult =
    actionData && "answerResult" in actionData ? actionData.answerResult : undefined;
  const questionKey = `question-${question.id}`;
  const visibleAnswers = answers.filter((answer) => !answer.deleted);

  return (
    <article className="stack question-page" aria-labelledby="question-title">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonForScript(data.jsonLd) }}
      />
      <nav aria-label={t("question.in", { place: question.place.name })} className="breadcrumb">
        <Link to={`/p/${question.place.slug}`}>{question.place.name}</Link>
        <span aria-hidden="true"> › </span>
        <span>{t(`category.${question.category}`)}</span>
      </nav>

      <section className="card post" id={questionKey} aria-labelledby="question-title">
        <header className="post__header">
          <p className="post__kind">
            <span className={`kind-badge kind-badge--${question.kind}`}>
              {t(`kind.${question.kind}`)}
            </span>
            {question.closedReason ? (
              <span className={`status-badge status-badge--${question.closedReason}`}>
                {t(`question.closed.${question.closedReason}`)}
              </span>
            ) : answers.some((answer) => answer.accepted && !answer.deleted) ? (
              <span className="status-badge status-badge--resolved">{t("question.solved")}</span>
            ) : null}
          </p>
          <h1 id="question-title">{question.title}</h1>
          <p className="post__meta" suppressHydrationWarning>
            {t("question.asked", { when: relativeTime(locale, question.createdAt) })}{" "}
            {question.author.id ? (
              <Link to={`/m/${question.author.id}`}>{question.author.name}</Link>
            ) : (
              question.author.name
            )}{" "}
            {t("question.in", { place: question.place.name })}
            {question.editedAt ? (
              <> · {t("question.edited", { when: relativeTime(locale, question.editedAt) })}</>
            ) : null}
          </p>
          {question.neededBy ? (
            <p className="post__needed">
              {t("question.neededBy", { date: formatDay(locale, question.neededBy) })}
            </p>
          ) : null}
        </header>

        {question.moderation ? (
          <ModerationNotice postType="question" moderation={question.moderation} />
        ) : question.deleted ? (
          <p className="notice notice--error">{t("question.deletedNotice")}</p>
        ) : null}
        {question.locked ? (
          <p className="notice" role="note">
            {t("moderation.lockedNotice")}
          </p>
        ) : null}
        {question.closedReason ? (
          <div className="notice" role="note">
            <p>{t(`question.closedNotice.${question.closedReason}`)}</p>
            {data.duplicateOf ? (
              <p>
                <Link to={data.duplicateOf.path} className="duplicate-link">
                  {data.duplicateOf.title}
                </Link>
              </p>
            ) : null}
          </div>
        ) : null}

        {question.bodyHtml ? (
          <div className="prose" dangerouslySetInnerHTML={{ __html: question.bodyHtml }} />
        ) : null}

        {question.tags.length ? (
          <ul className="tag-list" aria-label={t("question.tags")}>
            {question.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        ) : null}

        {question.kind === "offer" &&
        !question.deleted &&
        viewer.signedIn &&
        !viewer.isAsker &&
        question.author.id ? (
          <WriteLink
            memberId={question.author.id}
            name={question.author.name}
            questionId={question.id}
          />
        ) : null}
        <PostControls
          postType="question"
          post={question}
          viewer={viewer}
          historyPath={`/q/${question.id}/historique`}
          editPath={`/q/${question.id}/modifier`}
        />
        <PostNotice notice={notice} target={questionKey} />
        <ClosingControls
          closedReason={question.closedReason}
          closing={data.closing}
          viewer={viewer}
          notice={notice}
          deleted={question.deleted}
        />
        <LockControls
          locked={question.locked}
          viewer={viewer}
          notice={notice}
          deleted={question.deleted}
        />
        <CommentsBlock
          comments={question.comments}
          answerId={null}
          viewer={viewer}
          notice={notice}
          target="question"
          disabled={question.deleted || question.locked}
        />
      </section>

      <section aria-labelledby="answers-title" className="stack">
        <h2 id="answers-title">
          {visibleAnswers.length === 0
            ? t("question.noAnswer")
            : t("question.answers", { count: visibleAnswers.length })}
        </h2>
        {visibleAnswers.length === 0 && !question.closedReason ? (
          <p className="muted">{t("question.noAnswerYet")}</p>
        ) : null}
        {answers.map((answer) => {
          const key = `answer-${answer.id}`;
          return (
            <article
              key={answer.id}
              id={`reponse-${answer.id}`}
              className={`card post post--answer${answer.accepted ? " post--accepted" : ""}`}
              aria-label={`${t("post.answerBy")} ${answer.author.name}`}
            >
              {answer.accepted ? (
                <p className="accepted-badge">
                  <span aria-hidden="true">✓ </span>
                  {t("question.accepted")}
                  <span className="visually-hidden"> : {t("question.acceptedBy")}</span>
                </p>
              ) : null}
              {answer.moderation ? (
                <ModerationNotice postType="answer" moderation={answer.moderation} />
              ) : answer.deleted ? (
                <p className="notice notice--error">{t("question.deletedNotice")}</p>
              ) : null}
              <div className="prose" dangerouslySetInnerHTML={{ __html: answer.bodyHtml }} />
              <p className="post__meta" suppressHydrationWarning>
                {answer.author.id ? (
                  <Link to={`/m/${answer.author.id}`}>{answer.author.name}</Link>
                ) : (
                  answer.author.name
                )}{" "}
                · {relativeTime(locale, answer.createdAt)}
                {answer.editedAt ? (
                  <> · {t("question.edited", { when: relativeTime(locale, answer.editedAt) })}</>
                ) : null}
              </p>
              {viewer.signedIn && !answer.isMine && !answer.deleted && answer.author.id ? (
                <WriteLink
                  memberId={answer.author.id}
                  name={answer.author.name}
                  questionId={question.id}
                />
              ) : null}
              <PostControls
                postType="answer"
                post={answer}
                viewer={viewer}
                historyPath={`/reponses/${answer.id}/historique`}
                editPath={`/reponses/${answer.id}/modifier`}
              />
              <PostNotice notice={notice} target={key} />
              <CommentsBlock
                comments={answer.comments}
                answerId={answer.id}
                viewer={viewer}
                notice={notice}
                target={key}
                disabled={answer.deleted || question.locked}
              />
            </article>
          );
        })}
      </section>

      <AnswerForm
        result={answerResult}
        viewer={viewer}
        closed={Boolean(question.closedReason) || question.deleted || question.locked}
      />
    </article>
  );
}
