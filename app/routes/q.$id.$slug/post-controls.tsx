import { Form, Link, useNavigation } from "@remix-run/react";
import { FlagLink } from "#app/components/flag-link";
import { useTranslate } from "#app/i18n/i18n";
import type { QuestionPageData } from "./page-data.server";
import { Hidden, VoteControls } from "./vote-controls";

type Viewer = QuestionPageData["viewer"];

type ControlledPost = {
  id: number;
  helpful: number;
  votes: QuestionPageData["answers"][number]["votes"];
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
      {post.deleted ? null : <VoteControls postType={postType} post={post} busy={busy} />}

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
