import { Link } from "@remix-run/react";
import { Avatar } from "#app/components/avatar";
import { PostBody } from "#app/components/listing-card";
import type { ListingCardData } from "#app/domain/listing-tokens";
import { PostPhotos } from "#app/components/post-photos";
import { WriteLink } from "#app/components/write-link";
import { relativeTime, useLocale, useTranslate } from "#app/i18n/i18n";
import { CommentsBlock } from "./comments";
import type { Notice } from "./intents";
import { ModerationNotice } from "./moderation-notice";
import { PostNotice } from "./notice";
import type { QuestionPageData } from "./page-data.server";
import { PostControls } from "./post-controls";

/** One answer: its text, author, controls, the notice of the last action on it, and its comments. */
export function AnswerPost({
  answer,
  questionId,
  locked,
  viewer,
  notice,
  cards,
}: {
  answer: QuestionPageData["answers"][number];
  cards: Record<number, ListingCardData>;
  questionId: number;
  locked: boolean;
  viewer: QuestionPageData["viewer"];
  notice?: Notice;
}) {
  const t = useTranslate();
  const locale = useLocale();
  const key = `answer-${answer.id}`;
  return (
    <article
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
      <PostBody parts={answer.parts} cards={cards} />
      <PostPhotos photos={answer.photos} />
      <div className="byline">
        <Avatar person={answer.author} size="small" />
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
      </div>
      {viewer.signedIn && !answer.isMine && !answer.deleted && answer.author.id ? (
        <WriteLink memberId={answer.author.id} name={answer.author.name} questionId={questionId} />
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
        disabled={answer.deleted || locked}
      />
    </article>
  );
}
