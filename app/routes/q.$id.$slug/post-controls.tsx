import { Form, Link, useNavigation } from "@remix-run/react";
import { FlagLink } from "#app/components/flag-link";
import { useTranslate } from "#app/i18n/i18n";
import type { QuestionPageData } from "./page-data.server";

type Viewer = QuestionPageData["viewer"];

/** The fields a button's form sends, hidden beside it. */
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
