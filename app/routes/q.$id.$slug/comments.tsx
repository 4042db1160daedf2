import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { FlagLink } from "#app/components/flag-link";
import { TextareaField } from "#app/components/forms";
import { relativeTime, useLocale, useTranslate } from "#app/i18n/i18n";
import { COMMENT_MAX } from "#app/domain/questions";
import { commentFormId, useQuestionPageForm, type Notice } from "./intents";
import type { QuestionPageData } from "./page-data.server";

type Viewer = QuestionPageData["viewer"];

type CommentView = {
  id: number;
  body: string;
  createdAt: string;
  author: { id: string | null; name: string };
  canDelete: boolean;
  canFlag: boolean;
};

/** Short comments under a post, and the form to add one (folded away until asked for). */
export function CommentsBlock({
  comments,
  answerId,
  viewer,
  notice,
  target,
  disabled,
}: {
  comments: CommentView[];
  answerId: number | null;
  viewer: Viewer;
  notice?: Notice;
  target: string;
  disabled: boolean;
}) {
  const t = useTranslate();
  const locale = useLocale();
  const canComment = viewer.signedIn && viewer.emailVerified && !disabled;
  if (!comments.length && !canComment) return null;
  return (
    <div className="comments">
      {comments.length ? (
        <ul className="comment-list" aria-label={t("post.comments")}>
          {comments.map((comment) => (
            <li key={comment.id} className="comment">
              <span className="comment__body">{comment.body}</span>{" "}
              <span className="comment__meta" suppressHydrationWarning>
                —{" "}
                {comment.author.id ? (
                  <Link to={`/m/${comment.author.id}`}>{comment.author.name}</Link>
                ) : (
                  comment.author.name
                )}
                , {relativeTime(locale, comment.createdAt)}
              </span>
              {comment.canFlag ? (
                <>
                  {" "}
                  <FlagLink targetType="comment" targetId={comment.id} />
                </>
              ) : null}
              {comment.canDelete ? (
                <Form method="post" preventScrollReset className="inline-form">
                  <input type="hidden" name="intent" value="delete-comment" />
                  <input type="hidden" name="commentId" value={comment.id} />
                  <button type="submit" className="link-button">
                    {t("post.deleteComment")}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canComment ? (
        <CommentForm answerId={answerId} open={notice?.target === target && !notice.ok} />
      ) : null}
    </div>
  );
}

/** Folded away until asked for; open again when the comment was refused. */
function CommentForm({ answerId, open }: { answerId: number | null; open: boolean }) {
  const t = useTranslate();
  const [form, fields] = useQuestionPageForm(commentFormId(answerId));
  return (
    <details className="disclosure" open={open || !form.valid}>
      <summary>{t("post.addComment")}</summary>
      <Form method="post" preventScrollReset className="form comment-form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="comment" />
        {answerId != null ? <input type="hidden" name="answerId" value={answerId} /> : null}
        <TextareaField
          label={t("post.commentLabel")}
          hint={t("post.commentHint", { max: COMMENT_MAX })}
          field={fields.body}
          rows={2}
          maxLength={COMMENT_MAX}
          required
        />
        <p>
          <button type="submit" className="button button--secondary button--small">
            {t("post.commentSubmit")}
          </button>
        </p>
      </Form>
    </details>
  );
}
