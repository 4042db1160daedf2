import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { translate, useTranslate } from "#app/i18n/i18n";
import { getLocale } from "#app/server/locale.server";
import type { MessageKey } from "#app/i18n/messages";
import { placeLeaderboard } from "#app/models/reputation/leaderboard.server";
import { parisMonthStart } from "#app/i18n/format";
import { getPlace } from "#app/models/places/places.server";
import { getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { memberName } from "#app/domain/names";
import { notFound } from "#app/server/not-found.server";

const PERIODS = ["mois", "tout"] as const;
type Period = (typeof PERIODS)[number];

function periodFrom(url: URL): Period {
  const asked = url.searchParams.get("periode");
  return (PERIODS as readonly (string | null)[]).includes(asked) ? (asked as Period) : "mois";
}

/** The members of a place who helped most, this month (in Paris) or since the start. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const db = getDb();
  const place = getPlace(db, params.slug ?? "");
  if (!place) throw notFound("place");
  // An INSEE code or an old spelling of the slug: one canonical URL per place.
  if (place.slug !== params.slug) {
    return redirect(`/p/${place.slug}/entraideurs${url.search}`, 301);
  }
  const period = periodFrom(url);
  const viewer = await getUser(request);
  const entries = placeLeaderboard(db, place.id, {
    since: period === "mois" ? parisMonthStart() : undefined,
  });
  const path = `/p/${place.slug}/entraideurs`;
  return {
    locale: await getLocale(request),
    canonicalUrl: `${url.origin}${path}${period === "tout" ? "?periode=tout" : ""}`,
    path,
    place: { name: place.name, slug: place.slug },
    period,
    // Only the name the viewer may see leaves the server: visitors get "Camille D.".
    entries: entries.map((entry) => ({
      rank: entry.rank,
      id: entry.id,
      name: memberName(entry, { full: Boolean(viewer) }),
      points: entry.points,
      answers: entry.answers,
      acceptedAnswers: entry.acceptedAnswers,
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Coup de main" }];
  const { locale, place } = data;
  const title = `${translate(locale, "leaderboard.title", { place: place.name })} · ${translate(locale, "app.name")}`;
  return [
    { title },
    {
      name: "description",
      content: translate(locale, "leaderboard.description", { place: place.name }),
    },
    { property: "og:title", content: title },
    { tagName: "link", rel: "canonical", href: data.canonicalUrl },
  ];
};

export default function PlaceLeaderboard() {
  const { path, place, period, entries } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const count = (base: "points" | "answers" | "accepted", value: number) =>
    t(`leaderboard.${base}`, { count: value });
  const periods: { value: Period; label: MessageKey }[] = [
    { value: "mois", label: "leaderboard.month" },
    { value: "tout", label: "leaderboard.allTime" },
  ];
  return (
    <article className="stack" aria-labelledby="leaderboard-title">
      <header className="place-header">
        <p>
          <Link to={`/p/${place.slug}`}>{t("leaderboard.back", { place: place.name })}</Link>
        </p>
        <h1 id="leaderboard-title">{t("leaderboard.title", { place: place.name })}</h1>
        <p className="muted">{t("leaderboard.intro")}</p>
      </header>

      <nav aria-label={t("leaderboard.periods")}>
        <ul className="period-switch">
          {periods.map((choice) => (
            <li key={choice.value}>
              <Link
                to={`${path}?periode=${choice.value}`}
                className="period-switch__link"
                aria-current={choice.value === period ? "page" : undefined}
              >
                {t(choice.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section className="card" aria-labelledby="ranking-title">
        <h2 id="ranking-title">
          {t(period === "mois" ? "leaderboard.listMonth" : "leaderboard.listAllTime")}
        </h2>
        {entries.length === 0 ? (
          <p>
            {t(period === "mois" ? "leaderboard.emptyMonth" : "leaderboard.emptyAllTime", {
              place: place.name,
            })}
          </p>
        ) : (
          <ol className="leaderboard">
            {entries.map((entry) => (
              <li key={entry.id} value={entry.rank} className="leaderboard__entry">
                <span className="leaderboard__rank">{entry.rank}</span>
                <span className="leaderboard__who">
                  <Link to={`/m/${entry.id}`} className="leaderboard__name">
                    {entry.name}
                  </Link>
                  <span className="leaderboard__stats">
                    <strong>{count("points", entry.points)}</strong>
                    {" · "}
                    {count("answers", entry.answers)}
                    {" · "}
                    {count("accepted", entry.acceptedAnswers)}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
