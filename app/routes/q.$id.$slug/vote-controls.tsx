import { Form, Link } from "@remix-run/react";
import { DOWNVOTE_REASONS } from "#app/domain/questions";
import { useTranslate } from "#app/i18n/i18n";
import type { QuestionPageData } from "./page-data.server";

type VotedPost = {
  id: number;
  helpful: number;
  myVote: number;
  votes: QuestionPageData["answers"][number]["votes"];
};

/**
 * « Utile » for those who may say so, and why not for the others, shown
 * before they try; « 3 utiles » for everyone. The down-vote waits behind
 * « Pas utile ? » for members with the privilege, with a reason to choose;
 * a request for help never offers it.
 */
export function VoteControls({
  postType,
  post,
  busy,
}: {
  postType: "question" | "answer";
  post: VotedPost;
  busy: boolean;
}) {
  const t = useTranslate();
  const offer = post.votes;
  const target = { intent: "vote", postType, postId: post.id };
  return (
    <div className="vote-controls">
      {offer && !offer.upBlocked ? (
        <Form method="post" preventScrollReset>
          <Hidden values={target} />
          <button
            type="submit"
            name="value"
            value={post.myVote === 1 ? "0" : "1"}
            className="helpful-button"
            aria-pressed={post.myVote === 1}
            disabled={busy}
          >
            <svg
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 24 24"
              width="18"
              height="18"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinejoin="round"
            >
              <path d="M7 11v9H4v-9zm2 9V10l4-7c1.5 0 2.5 1 2.2 2.6L14.6 9H20a2 2 0 0 1 2 2.3l-1.3 7A2 2 0 0 1 18.7 20z" />
            </svg>
            {t("vote.up")}
          </button>
        </Form>
      ) : null}
      {post.helpful > 0 ? (
        <span className="helpful-count">{t("vote.helpful", { count: post.helpful })}</span>
      ) : null}
      {offer?.upBlocked ? (
        <p className="vote-why">
          {offer.upBlocked.message}
          {offer.upBlocked.reason === "not-verified-neighbour" ? (
            <>
              {" "}
              <Link to="/verification">{t("vote.verifyLink")}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      {offer?.canVoteDown || post.myVote === -1 ? (
        <details className="downvote">
          <summary>{t("vote.down.menu")}</summary>
          <Form method="post" preventScrollReset className="downvote__form">
            {post.myVote === -1 ? (
              <>
                <Hidden values={target} />
                <button
                  type="submit"
                  name="value"
                  value="0"
                  className="button button--secondary button--small"
                  disabled={busy}
                >
                  {t("vote.down.retract")}
                </button>
              </>
            ) : (
              <>
                <Hidden values={{ ...target, intent: "vote-down" }} />
                <fieldset>
                  <legend>{t("vote.down.legend")}</legend>
                  {DOWNVOTE_REASONS.map((reason) => (
                    <label key={reason}>
                      <input type="radio" name="reason" value={reason} required />
                      {t(`vote.down.reason.${reason}`)}
                    </label>
                  ))}
                </fieldset>
                <p className="muted">{t("vote.down.hint")}</p>
                <button
                  type="submit"
                  className="button button--secondary button--small"
                  disabled={busy}
                >
                  {t("vote.down.submit")}
                </button>
              </>
            )}
          </Form>
        </details>
      ) : null}
    </div>
  );
}

/** The fields a button's form sends, hidden beside it. */
export function Hidden({ values }: { values: Record<string, string | number> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
