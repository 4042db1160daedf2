import { Form, Link } from "@remix-run/react";
import { QuestionItems, QuestionList } from "#app/components/question-list";
import { relativeTime, useLocale, useTranslate } from "#app/i18n/i18n";
import { DealsNear } from "#app/components/deals";
import type { homePage } from "./home.server";

type Home = NonNullable<Awaited<ReturnType<typeof homePage>>>;
// Dates arrive as strings in the page's data.
type Props = Omit<Home, "questions"> & {
  questions: { items: Home["questions"]["items"]; nextCursor: string | null };
};

/** « Autour de moi »: help requests first, then new questions, then answers in one's threads. */
export function AroundMe({
  centre,
  helpRequests,
  deals,
  list,
  questions,
  recentAnswers,
  news,
}: Props) {
  const t = useTranslate();
  const askHref = centre.place ? `/demander?lieu=${centre.place.slug}` : "/demander";
  const where = centre.place
    ? t("home.around.where", { place: centre.place.name, radius: centre.radiusKm })
    : t("list.nearMeIntro", { radius: centre.radiusKm });
  return (
    <div className="stack around-me">
      <header className="section-heading">
        <div>
          <h1 id="around-title">{t("home.around.title")}</h1>
          <p className="lead">{where}</p>
        </div>
        <p className="section-heading__actions">
          <Link to={askHref} className="button">
            {t("list.ask")}
          </Link>
        </p>
      </header>
      {centre.fromCookie && centre.place ? <ChosenPlace name={centre.place.name} /> : null}

      {helpRequests.length ? (
        <section className="card stack" aria-labelledby="help-title">
          <h2 id="help-title">{t("home.around.help")}</h2>
          <QuestionItems items={helpRequests} />
        </section>
      ) : null}
      <DealsNear deals={deals} />

      {news.length ? (
        <section className="card stack" aria-labelledby="news-home-title">
          <h2 id="news-home-title">{t("home.news.title")}</h2>
          <ul className="news-list">
            {news.map((post) => (
              <li key={post.id}>
                <Link to={post.path}>{post.title}</Link>
                <span className="muted">
                  {" · "}
                  {post.byline} · {post.placeName}
                </span>
              </li>
            ))}
          </ul>
          {centre.place ? (
            <p>
              <Link to={`/p/${centre.place.slug}/actualites?rayon=${centre.radiusKm}`}>
                {t("home.news.more")}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}

      <section className="card stack" aria-labelledby="new-title">
        <h2 id="new-title">{t("home.around.questions")}</h2>
        <QuestionList
          items={questions.items}
          tab={list.tab}
          radiusKm={list.radiusKm}
          nextCursor={questions.nextCursor}
          atStart={!list.cursor}
          baseQuery={centre.baseQuery}
          emptyAction={
            <p>
              <Link to={askHref}>{t("list.emptyCta")}</Link>
            </p>
          }
        />
        {centre.place ? (
          <p>
            <Link to={`/p/${centre.place.slug}`}>
              {t("home.around.placePage", { place: centre.place.name })}
            </Link>
          </p>
        ) : null}
      </section>

      {recentAnswers.length ? <RecentAnswers answers={recentAnswers} /> : null}
    </div>
  );
}

/** A visitor sees which commune the page remembers, and may choose another. */
function ChosenPlace({ name }: { name: string }) {
  const t = useTranslate();
  return (
    <Form method="post" className="chosen-place">
      <p className="muted">{t("home.around.remembered", { place: name })}</p>
      <button type="submit" className="button button--secondary button--small">
        {t("home.around.changePlace")}
      </button>
    </Form>
  );
}

function RecentAnswers({ answers }: { answers: Props["recentAnswers"] }) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <section className="card stack" aria-labelledby="answers-title">
      <h2 id="answers-title">{t("home.around.answers")}</h2>
      <ul className="recent-answers">
        {answers.map((answer) => (
          <li key={answer.id}>
            <Link to={answer.path}>
              {t("home.around.answerIn", {
                name: answer.authorName,
                question: answer.questionTitle,
              })}
            </Link>{" "}
            <span className="muted" suppressHydrationWarning>
              {relativeTime(locale, answer.createdAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
