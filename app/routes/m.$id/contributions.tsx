import { Link } from "@remix-run/react";
import { useLocale, useTranslate } from "#app/i18n/i18n";
import type { MessageKey } from "#app/i18n/messages";
import { formatDay, formatNumber } from "#app/i18n/format";
import type { ProfilePageData } from "./profile.server";

/** The member's reputation and counts, and their latest answers. */
export function Contributions({
  contribution,
  recentAnswers,
}: Pick<ProfilePageData, "contribution" | "recentAnswers">) {
  const t = useTranslate();
  const locale = useLocale();
  const stats: [MessageKey, number][] = [
    ["profile.reputation", contribution.reputation],
    ["profile.answersGiven", contribution.answers],
    ["profile.acceptedAnswers", contribution.acceptedAnswers],
    ["profile.questionsAsked", contribution.questions],
    ["profile.thanksReceived", contribution.thanksReceived],
  ];
  return (
    <section className="card" aria-labelledby="contributions-title">
      <h2 id="contributions-title">{t("profile.contributions")}</h2>
      <dl className="contribution-stats">
        {stats.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{formatNumber(locale, value)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t("profile.recentAnswers")}</h3>
      {recentAnswers.length === 0 ? (
        <p className="muted">{t("profile.noAnswers")}</p>
      ) : (
        <ul className="recent-answers">
          {recentAnswers.map((answer) => (
            <li key={answer.id}>
              <Link to={answer.href}>{answer.questionTitle}</Link>
              <span className="recent-answers__meta">
                {answer.accepted ? (
                  <span className="recent-answers__accepted">{t("profile.answerAccepted")}</span>
                ) : null}
                {answer.helpful > 0 ? (
                  <span>{t("vote.helpful", { count: answer.helpful })}</span>
                ) : null}
                <time dateTime={answer.createdAt}>{formatDay(locale, answer.createdAt)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
