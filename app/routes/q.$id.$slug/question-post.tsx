import { Link } from "@remix-run/react";
import { Avatar } from "#app/components/avatar";
import { PostPhotos } from "#app/components/post-photos";
import { WriteLink } from "#app/components/write-link";
import { relativeTime, useLocale, useTranslate } from "#app/i18n/i18n";
import { formatDay } from "#app/i18n/format";
import { ClosingControls, LockControls } from "./closing-controls";
import { CommentsBlock } from "./comments";
import type { Notice } from "./intents";
import { ModerationNotice } from "./moderation-notice";
import { PostNotice } from "./notice";
import type { QuestionPageData } from "./page-data.server";
import { PostControls } from "./post-controls";

/**
 * The question itself: kind and status, title, author and place, its text
 * and tags, the buttons and the closing and locking controls, its comments.
 */
export function QuestionPost({
  data,
  notice,
}: {
  data: Pick<QuestionPageData, "question" | "answers" | "duplicateOf" | "closing" | "viewer">;
  notice?: Notice;
}) {
  const t = useTranslate();
  const locale = useLocale();
  const { question, answers, viewer } = data;
  const questionKey = `question-${question.id}`;
  return (
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
        <div className="byline">
          <Avatar person={question.author} size="small" />
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
        </div>
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

      {question.aboutNews ? (
        <p className="muted">
          <Link to={question.aboutNews.path}>
            {t("news.aboutNews", { title: question.aboutNews.title })}
          </Link>
        </p>
      ) : null}
      {question.bodyHtml ? (
        <div className="prose" dangerouslySetInnerHTML={{ __html: question.bodyHtml }} />
      ) : null}
      <PostPhotos photos={question.photos} />

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
  );
}
