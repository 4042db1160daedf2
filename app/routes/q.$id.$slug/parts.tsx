import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link, useLocation, useNavigation } from "@remix-run/react";
import { FormErrors } from "#app/components/forms";
import { MarkdownEditor } from "#app/components/markdown-editor";
import { relativeTime, useLocale, useTranslate } from "#app/i18n/i18n";
import { BODY_MAX, COMMENT_MAX, type CloseReason } from "#app/domain/questions";
import { answerSchema } from "#app/domain/question-forms";
import { MODERATION_RULES, type ModerationRule } from "#app/domain/moderation";

type Viewer = { signedIn: boolean; emailVerified: boolean; isAsker: boolean; isModerator: boolean };
type Notice = { ok: boolean; message: string; target: string };

/** The outcome of an action, shown next to the post it is about. */
export function PostNotice({ notice, target }: { notice?: Notice; target: string }) {
  if (!notice || notice.target !== target) return null;
  return (
    <p
      className={notice.ok ? "notice" : "notice notice--error"}
      role={notice.ok ? "status" : "alert"}
    >
      {notice.message}
    </p>
  );
}

function Hidden({ values }: { values: Record<string, string | number> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

type ControlledPost = {
  id: number;
  score: number;
  myVote: number;
  deleted: boolean;
  revisions: number;
  canEdit: boolean;
  canDelete: boolean;
  canRestore: boolean;
  canFlag: boolean;
  isMine?: boolean;
  accepted?: boolean;
  thanked?: boolean;
  thanksCount?: number;
};

/**
 * Votes, acceptance, thanks, edit, history and delete for one post. Buttons
 * follow the rules only to avoid dead ends: every action is checked again on
 * the server, which explains any refusal next to the post.
 */
export function PostControls({
  postType,
  post,
  viewer,
  historyPath,
  editPath,
}: {
  postType: "question" | "answer";
  post: ControlledPost;
  viewer: Viewer;
  historyPath: string;
  editPath: string;
}) {
  const t = useTranslate();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  const post_ = { postType, postId: post.id };
  return (
    <div className="post-controls">
      {viewer.signedIn && !post.deleted ? (
        <Form method="post" preventScrollReset className="vote-form">
          <Hidden values={{ intent: "vote", ...post_ }} />
          <button
            type="submit"
            name="value"
            value={post.myVote === 1 ? "0" : "1"}
            className="vote-button"
            aria-pressed={post.myVote === 1}
            aria-label={post.myVote === 1 ? t("post.retractVote") : t("post.voteUpLabel")}
            disabled={busy}
          >
            <span aria-hidden="true">▲</span>
          </button>
          <span className="vote-score" aria-label={t("post.score", { score: post.score })}>
            {post.score}
          </span>
          <button
            type="submit"
            name="value"
            value={post.myVote === -1 ? "0" : "-1"}
            className="vote-button"
            aria-pressed={post.myVote === -1}
            aria-label={post.myVote === -1 ? t("post.retractVote") : t("post.voteDownLabel")}
            disabled={busy}
          >
            <span aria-hidden="true">▼</span>
          </button>
        </Form>
      ) : (
        <p className="vote-score vote-score--static">{t("post.score", { score: post.score })}</p>
      )}

      {postType === "answer" && viewer.isAsker && !post.deleted ? (
        <Form method="post" preventScrollReset>
          <Hidden
            values={{ intent: "accept", answerId: post.id, accept: post.accepted ? "0" : "1" }}
          />
          <button type="submit" className="button button--secondary button--small" disabled={busy}>
            {post.accepted ? t("post.unaccept") : t("post.accept")}
          </button>
        </Form>
      ) : null}

      {postType === "answer" && !post.deleted ? (
        viewer.signedIn && !post.isMine && !post.thanked ? (
          <Form method="post" preventScrollReset>
            <Hidden values={{ intent: "thank", answerId: post.id }} />
            <button
              type="submit"
              className="button button--secondary button--small"
              disabled={busy}
            >
              {t("post.thank")}
              {post.thanksCount ? ` · ${post.thanksCount}` : ""}
            </button>
          </Form>
        ) : post.thanksCount || post.thanked ? (
          <p className="muted thanks-count">
            {post.thanked ? `${t("post.thanked")} · ` : ""}
            {t("post.thanksCount", { count: post.thanksCount ?? 0 })}
          </p>
        ) : null
      ) : null}

      <ul className="post-links">
        {post.canEdit ? (
          <li>
            <Link to={editPath}>{t("post.edit")}</Link>
          </li>
        ) : null}
        {post.revisions > 1 ? (
          <li>
            <Link to={historyPath}>{t("question.history", { count: post.revisions })}</Link>
          </li>
        ) : null}
        {post.canDelete ? (
          <li>
            <Form
              method="post"
              preventScrollReset
              onSubmit={(event) => {
                if (!window.confirm(t("post.confirmDelete"))) event.preventDefault();
              }}
            >
              <Hidden values={{ intent: "delete", ...post_ }} />
              <button type="submit" className="link-button">
                {t("post.delete")}
              </button>
            </Form>
          </li>
        ) : null}
        {post.canRestore ? (
          <li>
            <Form method="post" preventScrollReset>
              <Hidden values={{ intent: "restore", ...post_ }} />
              <button type="submit" className="link-button">
                {t("post.restore")}
              </button>
            </Form>
          </li>
        ) : null}
        {post.canFlag ? (
          <li>
            <FlagLink targetType={postType} targetId={post.id} />
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** Close (with a reason, or as a duplicate of another question) and reopen. */
export function ClosingControls({
  closedReason,
  closing,
  viewer,
  notice,
  deleted,
}: {
  closedReason: CloseReason | null;
  closing: {
    needed: number;
    pendingClose: number;
    pendingReopen: number;
    votedClose: boolean;
    votedReopen: boolean;
    mayVote: boolean;
  };
  viewer: Viewer;
  notice?: Notice;
  deleted: boolean;
}) {
  const t = useTranslate();
  if (deleted || !viewer.signedIn) return null;
  const pending = closedReason
    ? closing.pendingReopen > 0 &&
      t("question.pendingReopen", { count: closing.pendingReopen, needed: closing.needed })
    : closing.pendingClose > 0 &&
      t("question.pendingClose", { count: closing.pendingClose, needed: closing.needed });
  return (
    <div className="closing">
      {pending ? <p className="muted">{pending}</p> : null}
      <PostNotice notice={notice} target="closing" />
      {!closing.mayVote ? null : closedReason ? (
        closing.votedReopen ? null : (
          <Form method="post" preventScrollReset>
            <input type="hidden" name="intent" value="reopen" />
            <button type="submit" className="button button--secondary button--small">
              {t("post.reopen")}
            </button>
          </Form>
        )
      ) : closing.votedClose ? null : (
        <details className="disclosure">
          <summary>{t("post.close")}</summary>
          <Form method="post" preventScrollReset className="form">
            <input type="hidden" name="intent" value="close" />
            <fieldset className="choices">
              <legend>{t("post.closeReason")}</legend>
              {(
                [
                  ["resolved", "post.closeAsResolved"],
                  ["duplicate", "post.closeAsDuplicate"],
                  ["off-topic", "post.closeAsOffTopic"],
                ] as const
              ).map(([reason, label]) => (
                <label key={reason}>
                  <input
                    type="radio"
                    name="reason"
                    value={reason}
                    defaultChecked={reason === "resolved"}
                  />
                  {t(label)}
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor="duplicate-of" className="field-label">
                {t("post.duplicateOf")}
              </label>
              <input
                id="duplicate-of"
                name="duplicateOf"
                type="text"
                inputMode="url"
                maxLength={300}
              />
            </div>
            <p>
              <button type="submit" className="button button--secondary button--small">
                {t("post.closeSubmit")}
              </button>
            </p>
          </Form>
        </details>
      )}
    </div>
  );
}

/** Lock or unlock the question: a moderator's logged decision, with its rule. */
export function LockControls({
  locked,
  viewer,
  notice,
  deleted,
}: {
  locked: boolean;
  viewer: Viewer;
  notice?: Notice;
  deleted: boolean;
}) {
  const t = useTranslate();
  if (!viewer.isModerator || deleted) return null;
  const label = locked ? t("moderation.decision.unlock") : t("moderation.decision.lock");
  return (
    <div className="closing">
      <PostNotice notice={notice} target="locking" />
      <details className="disclosure">
        <summary>{label}</summary>
        <Form method="post" preventScrollReset className="form">
          <input type="hidden" name="intent" value={locked ? "unlock" : "lock"} />
          <div className="field">
            <label htmlFor="lock-rule" className="field-label">
              {t("moderation.rule")}
            </label>
            <select id="lock-rule" name="rule" defaultValue="offensive">
              {MODERATION_RULES.map((rule) => (
                <option key={rule} value={rule}>
                  {t(`moderation.rule.${rule}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="lock-reason" className="field-label">
              {t("moderation.reason")}
            </label>
            <input id="lock-reason" name="reason" type="text" maxLength={500} />
          </div>
          <p>
            <button type="submit" className="button button--secondary button--small">
              {label}
            </button>
          </p>
        </Form>
      </details>
    </div>
  );
}

type CommentView = {
  id: number;
  body: string;
  createdAt: string;
  author: { id: string | null; name: string };
  canDelete: boolean;
  canFlag: boolean;
};

/** « Signaler »: discreet, labelled for screen readers with what it reports. */
export function FlagLink({
  targetType,
  targetId,
}: {
  targetType: "question" | "answer" | "comment";
  targetId: number;
}) {
  const t = useTranslate();
  const location = useLocation();
  const query = new URLSearchParams({
    cible: targetType,
    id: String(targetId),
    retour: location.pathname,
  });
  return (
    <Link
      to={`/signaler?${query}`}
      className="flag-link"
      aria-label={t(`flag.linkLabel.${targetType}`)}
    >
      {t("flag.link")}
    </Link>
  );
}

type Moderation = {
  state: "pending-review" | "hidden" | "deleted";
  rule: string;
  reason: string | null;
  mine: boolean;
} | null;

/**
 * Why moderation removed a post, in place, for its author (and moderators):
 * « Votre réponse a été masquée par la modération (règle : spam). Motif : … »
 */
export function ModerationNotice({
  postType,
  moderation,
}: {
  postType: "question" | "answer";
  moderation: Moderation;
}) {
  const t = useTranslate();
  if (!moderation) return null;
  const known = (MODERATION_RULES as readonly string[]).includes(moderation.rule);
  const rule = known ? t(`moderation.rule.${moderation.rule as ModerationRule}`) : moderation.rule;
  const whose = moderation.mine ? "mine" : "others";
  return (
    <div className="notice notice--error moderation-notice" role="note">
      <p>{t(`moderation.notice.${moderation.state}.${postType}.${whose}`, { rule })}</p>
      {moderation.reason ? (
        <p>{t("moderation.notice.reason", { reason: moderation.reason })}</p>
      ) : null}
      <p>
        <Link to="/moderation/regles">{t("moderation.rulesLink")}</Link>
      </p>
    </div>
  );
}

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
  const fieldId = `comment-${answerId ?? "question"}`;
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
        <details className="disclosure" open={notice?.target === target && !notice.ok}>
          <summary>{t("post.addComment")}</summary>
          <Form method="post" preventScrollReset className="form comment-form">
            <input type="hidden" name="intent" value="comment" />
            {answerId != null ? <input type="hidden" name="answerId" value={answerId} /> : null}
            <div className="field">
              <label htmlFor={fieldId} className="field-label">
                {t("post.commentLabel")}
              </label>
              <p id={`${fieldId}-hint`} className="field-hint">
                {t("post.commentHint", { max: COMMENT_MAX })}
              </p>
              <textarea
                id={fieldId}
                name="body"
                rows={2}
                maxLength={COMMENT_MAX}
                required
                aria-describedby={`${fieldId}-hint`}
              />
            </div>
            <p>
              <button type="submit" className="button button--secondary button--small">
                {t("post.commentSubmit")}
              </button>
            </p>
          </Form>
        </details>
      ) : null}
    </div>
  );
}

/** The answer form, or what stands between the reader and answering. */
export function AnswerForm({
  result,
  viewer,
  closed,
}: {
  result?: SubmissionResult<string[]>;
  viewer: Viewer;
  closed: boolean;
}) {
  const t = useTranslate();
  const location = useLocation();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "answer-form",
    lastResult: result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: answerSchema(t) }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  if (closed) return <p className="notice">{t("question.closedNoAnswers")}</p>;
  if (!viewer.signedIn) {
    return (
      <section className="card stack" aria-labelledby="answer-title">
        <h2 id="answer-title">{t("question.yourAnswer")}</h2>
        <p>{t("question.signInToAnswerText")}</p>
        <p>
          <Link
            className="button"
            to={`/connexion?${new URLSearchParams({ redirectTo: location.pathname })}`}
          >
            {t("question.signInToAnswer")}
          </Link>
        </p>
      </section>
    );
  }
  if (!viewer.emailVerified) {
    return (
      <p className="notice">
        <Link to="/verifier-email/en-attente">{t("question.confirmEmailToAnswer")}</Link>
      </p>
    );
  }
  return (
    <section className="card">
      <h2>{t("question.answerSubmit")}</h2>
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="answer" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <MarkdownEditor
          id={fields.body.id}
          name={fields.body.name}
          label={t("question.yourAnswer")}
          hint={t("question.answerHint")}
          maxLength={BODY_MAX}
          errors={fields.body.errors}
          rows={6}
          defaultValue={
            typeof fields.body.initialValue === "string" ? fields.body.initialValue : ""
          }
        />
        <p>
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("question.answerSubmit")}
          </button>
        </p>
      </Form>
    </section>
  );
}
