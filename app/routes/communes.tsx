import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PlaceChooser } from "#app/components/place-chooser";
import { translate, useTranslate } from "#app/i18n/i18n";
import { getLocale } from "#app/server/locale.server";
import { searchPlaces } from "#app/models/places/places.server";
import { PLACE_QUERY_MAX_LENGTH } from "#app/domain/places";
import { getDb } from "#app/server/db.server";

const RESULT_LIMIT = 20;

/** GET /communes?q=…: the place chooser's results when JavaScript is off (or Enter was pressed). */
export async function loader({ request }: LoaderFunctionArgs) {
  const query = (new URL(request.url).searchParams.get("q") ?? "").trim();
  const locale = await getLocale(request);
  if (query.length > PLACE_QUERY_MAX_LENGTH) {
    return {
      locale,
      query: query.slice(0, PLACE_QUERY_MAX_LENGTH),
      error: "tooLong" as const,
      places: [],
    };
  }
  const places = query ? searchPlaces(getDb(), query, RESULT_LIMIT) : [];
  return { locale, query, error: null, places };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${translate(data?.locale ?? "fr", "placeSearch.title")} · ${translate(data?.locale ?? "fr", "app.name")}`,
  },
  { name: "robots", content: "noindex" },
];

export default function PlaceSearch() {
  const { query, error, places } = useLoaderData<typeof loader>();
  const t = useTranslate();
  return (
    <div className="stack">
      <h1>{query ? t("placeSearch.resultsFor", { query }) : t("placeSearch.title")}</h1>
      <div className="card">
        <PlaceChooser defaultQuery={query} />
      </div>
      {error === "tooLong" ? (
        <p className="notice notice--error" role="alert">
          {t("placeSearch.tooLong")}
        </p>
      ) : !query ? (
        <p>{t("placeSearch.prompt")}</p>
      ) : places.length === 0 ? (
        <p className="notice">{t("placeSearch.empty", { query })}</p>
      ) : (
        <ul className="place-list">
          {places.map((place) => (
            <li key={place.code}>
              <Link to={`/p/${place.slug}`} className="place-list__link">
                <span className="place-list__name">{place.name}</span>
                <span className="place-list__meta">
                  {[place.postalCodes[0], place.departmentName].filter(Boolean).join(" · ")}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
