import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { QuestionList } from "#app/components/question-list";
import { translate, useTranslate } from "#app/i18n/i18n";
import { getLocale } from "#app/server/locale.server";
import { listParams, questionListPage } from "#app/models/questions/list-page.server";
import { getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";

/** A coordinate from the URL, or null when it is missing or out of range. */
function coordinate(value: string | null, limit: number) {
  if (value == null || !/^-?\d{1,3}(\.\d{1,6})?$/.test(value)) return null;
  const number = Number(value);
  return Math.abs(number) <= limit ? number : null;
}

/** The questions around the reader's position ("Près de moi" on a place page). */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lat = coordinate(url.searchParams.get("lat"), 90);
  const lng = coordinate(url.searchParams.get("lng"), 180);
  const locale = await getLocale(request);
  if (lat == null || lng == null) {
    return { locale, point: null, list: null, questions: null };
  }
  const list = listParams(url);
  const signedIn = Boolean(await getUser(request));
  return {
    locale,
    point: { lat: lat.toFixed(2), lng: lng.toFixed(2) },
    list: { ...list, cursor: url.searchParams.get("apres") },
    questions: questionListPage(getDb(), { lat, lng }, list, { signedIn, locale }),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "list.nearMeTitle")} · Coup de main` },
  { name: "robots", content: "noindex" },
];

export default function NearMe() {
  const { point, list, questions } = useLoaderData<typeof loader>();
  const t = useTranslate();
  return (
    <section className="stack" aria-labelledby="near-title">
      <h1 id="near-title">{t("list.nearMeTitle")}</h1>
      {!point || !list || !questions ? (
        <p className="notice">
          <Link to="/">{t("list.nearMeError")}</Link>
        </p>
      ) : (
        <div className="card stack">
          <p>{t("list.nearMeIntro", { radius: list.radiusKm })}</p>
          <QuestionList
            items={questions.items}
            tab={list.tab}
            radiusKm={list.radiusKm}
            nextCursor={questions.nextCursor}
            atStart={!list.cursor}
            baseQuery={point}
          />
        </div>
      )}
    </section>
  );
}
