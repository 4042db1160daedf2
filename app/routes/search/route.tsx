import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useNavigation } from "@remix-run/react";
import { translate, useTranslate, type Translate } from "#app/i18n/i18n";
import { getLocale } from "#app/server/locale.server";
import { searchPage } from "#app/models/search-page/search-page.server";
import { getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { TITLE_MAX } from "#app/domain/questions";
import {
  parseSearchUrl,
  searchUrl,
  type SearchPageParams,
  type SearchPageSort,
} from "#app/domain/search-url";
import { getSearch } from "#app/server/search.server";
import { dependsOn, validUntilNextMinute } from "#app/server/page-cache.server";
import { ANY_LISTING_KEY, ANY_QUESTION_KEY, NAMES_KEY } from "#app/domain/content-keys";
import { visitorPlaceCode } from "#app/server/visitor-place.server";
import { getPlace } from "#app/models/places/places.server";
import { SearchFilters, SortTabs } from "./filters";
import { NoHits, SearchHits } from "./hits";
import { Pagination } from "./pagination";
import { SearchForm } from "./search-form";

/**
 * /search: the questions neighbours asked and answered, by words, place and
 * radius, with filters. A plain GET form (it works without JavaScript); with
 * JavaScript it searches as one types. URL parameters: #app/domain/search-url.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = parseSearchUrl(new URL(request.url).searchParams);
  const now = new Date();
  // The embedded index is written in the writers' transactions, so a visitor's copy of the
  // results lasts until any question or listing changes, and listings' "open now" until the
  // next minute; Meilisearch catches up later: never kept.
  if (getSearch().engine.name === "embedded") {
    dependsOn(context, [ANY_QUESTION_KEY, NAMES_KEY, ANY_LISTING_KEY]);
    if (params.content !== "questions") validUntilNextMinute(context, now);
  }
  const user = await getUser(request);
  // Without a `lieu`, the search starts from the member's home, or the visitor's chosen commune.
  const visitorCode = user ? null : await visitorPlaceCode(request);
  const defaultPlaceId =
    user?.homePlaceId ?? (visitorCode ? getPlace(getDb(), visitorCode)?.id : undefined);
  const search = await searchPage(getDb(), getSearch().engine, params, defaultPlaceId, now);
  return { locale: await getLocale(request), params, ...search };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "fr";
  const title = data?.params.q
    ? translate(locale, "search.metaTitle", { query: data.params.q })
    : translate(locale, "search.title");
  // Result pages are for readers; search engines should index the questions themselves.
  return [
    { title: `${title} · ${translate(locale, "app.name")}` },
    { name: "robots", content: "noindex, follow" },
  ];
};

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

/**
 * The search on screen as its links carry it: a place found from typed text
 * travels as its slug, the reader's home place stays implicit (no `lieu`).
 */
function linkParams({ params, placeChoice, place }: LoaderData): SearchPageParams {
  const lieu =
    placeChoice.status === "found"
      ? placeChoice.fromHome
        ? null
        : place!.slug
      : params.lieu === null
        ? null
        : placeChoice.status === "none"
          ? ""
          : params.lieu;
  return { ...params, lieu };
}

/** « 12 questions pour « fuite » à moins de 10 km de Donges ». */
function summary(t: Translate, { total, totalIsEstimate, params, place }: LoaderData) {
  return [
    total === 0
      ? t("search.summary.none")
      : totalIsEstimate
        ? t("search.summary.about", { count: total })
        : t("search.summary", { count: total }),
    params.q ? t("search.forQuery", { query: params.q }) : null,
    place
      ? params.radius === "france"
        ? t("search.scope.franceFrom", { place: place.name })
        : t("search.scope.near", { radius: params.radius, place: place.name })
      : t("search.scope.france"),
  ]
    .filter(Boolean)
    .join(" ");
}

export default function SearchPage() {
  const data = useLoaderData<typeof loader>();
  const { params, placeChoice, place, hits, facets, sort, pageCount } = data;
  const t = useTranslate();
  const navigation = useNavigation();
  const current = linkParams(data);
  // A changed filter, sort or place starts again from the first page.
  const href = (changes: Partial<SearchPageParams>) =>
    searchUrl({ ...current, page: 1, ...changes });
  const typedPlace =
    placeChoice.status === "found"
      ? placeChoice.place.name
      : placeChoice.status === "none"
        ? ""
        : placeChoice.query;
  const askHref = `/demander?${new URLSearchParams({
    ...(params.q ? { titre: params.q.slice(0, TITLE_MAX) } : {}),
    ...(place ? { lieu: place.slug } : {}),
  })}`;
  // « Qui peut m'aider ? » with the same words and place: a skill is often what was searched.
  const whoHref = `/qui-peut-aider?${new URLSearchParams({
    ...(params.q ? { competence: params.q.slice(0, 60) } : {}),
    ...(place ? { lieu: place.slug } : {}),
  })}`;
  const sorts: SearchPageSort[] = place
    ? ["pertinence", "distance", "date"]
    : ["pertinence", "date"];

  return (
    <section className="stack search-page" aria-labelledby="search-title">
      <h1 id="search-title">{t("search.title")}</h1>
      <p className="lead">
        <span className={params.q ? "search-intro search-intro--with-query" : "search-intro"}>
          {t("search.intro")}
        </span>{" "}
        <Link to={whoHref}>{t("whoCanHelp.link")}</Link>
      </p>

      <SearchForm params={params} typedPlace={typedPlace} placeSlug={place?.slug ?? null} />

      {placeChoice.status === "not-found" ? (
        <p className="notice">{t("search.placeNotFound", { query: placeChoice.query })}</p>
      ) : null}
      {placeChoice.status === "ambiguous" ? (
        <div className="notice">
          <p>{t("search.placeAmbiguous", { query: placeChoice.query })}</p>
          <ul className="search-candidates">
            {placeChoice.candidates.map((candidate) => (
              <li key={candidate.slug}>
                <Link to={href({ lieu: candidate.slug })}>{candidate.name}</Link>{" "}
                <span className="muted">{candidate.detail}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {data.unavailable ? (
        <p className="notice notice--error" role="alert">
          {t("search.unavailable")}
        </p>
      ) : null}

      <section
        className="card stack search-results"
        aria-labelledby="results-title"
        aria-busy={navigation.state === "loading" || undefined}
      >
        <h2 id="results-title" className="visually-hidden">
          {t("search.results")}
        </h2>
        <div role="status" aria-live="polite" aria-atomic="true">
          <p className="search-summary">{summary(t, data)}</p>
        </div>
        <SearchFilters params={params} facets={facets} href={href} />
        <SortTabs sorts={sorts} current={sort} href={href} />
        {data.unavailable ? null : hits.length === 0 ? (
          <NoHits askHref={askHref} whoHref={whoHref} withQuery={Boolean(params.q)} />
        ) : (
          <SearchHits hits={hits} />
        )}
        {pageCount > 1 ? (
          <Pagination current={params.page} count={pageCount} href={(page) => href({ page })} />
        ) : null}
      </section>
    </section>
  );
}
