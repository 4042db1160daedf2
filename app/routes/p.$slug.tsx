import {
  data,
  redirect,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { translate, useTranslate } from "#app/i18n/i18n";
import { getLocale } from "#app/server/locale.server";
import {
  DEFAULT_NEIGHBOUR_RADIUS_KM,
  getPlace,
  isPositionUnknown,
  neighbouringPlaces,
} from "#app/models/places/places.server";
import { NearMeButton } from "#app/components/near-me-button";
import { NeighbourPlaces, PlaceHelpers } from "#app/components/place-aside";
import { placeLeaderboard } from "#app/models/reputation/leaderboard.server";
import { memberName } from "#app/domain/names";
import { QuestionList } from "#app/components/question-list";
import { listParams, questionListPage } from "#app/models/questions/list-page.server";
import { getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { notFound } from "#app/server/not-found.server";
import { rememberVisitorPlace } from "#app/server/visitor-place.server";
import { placeFollowOf } from "#app/models/notifications/follows.server";
import { FollowPlaceForm } from "#app/components/follow-place-form";
import { dependsOn, validUntil } from "#app/server/page-cache.server";
import { ANY_LISTING_KEY, areaKeys, NAMES_KEY } from "#app/domain/content-keys";
import { requestNow } from "#app/server/clock.server";
import { dealsNear, nextParisMidnight } from "#app/models/deals/deals.server";
import { DealsNear } from "#app/components/deals";

/** The radii a reader can pick on a place page. */
const RADIUS_CHOICES = [2, 5, 10, 25] as const;
/** Beyond this many neighbours the list says "and N more" rather than growing without end. */
const NEIGHBOURS_SHOWN = 60;
/** The side column names the place's first few helpers; the ranking page has the rest. */
const HELPERS_SHOWN = 5;

function radiusFrom(url: URL) {
  const asked = Number(url.searchParams.get("radius"));
  return (RADIUS_CHOICES as readonly number[]).includes(asked)
    ? asked
    : DEFAULT_NEIGHBOUR_RADIUS_KM;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const db = getDb();
  const place = getPlace(db, params.slug ?? "");
  if (!place) throw notFound("place");
  // An INSEE code or an old spelling of the slug: one canonical URL per place.
  if (place.slug !== params.slug) {
    return redirect(`/p/${place.slug}${url.search}`, 301);
  }
  const radiusKm = radiusFrom(url);
  const neighbours = neighbouringPlaces(db, place, radiusKm);
  const parent = place.parentCode ? getPlace(db, place.parentCode) : undefined;
  const locale = await getLocale(request);
  const list = listParams(url);
  // Visitors' copy of this page lasts while no question near it changes (ADR 022).
  dependsOn(context, [...areaKeys(place, list.radiusKm), NAMES_KEY, ANY_LISTING_KEY]);
  const now = requestNow(request);
  validUntil(context, nextParisMidnight(now));
  const user = await getUser(request);
  const signedIn = Boolean(user);
  // A visitor who opens a commune's page has chosen it: the home page and the search start there.
  const remember = user ? null : await rememberVisitorPlace(request, place.code);
  // Visitors see "Camille D.": only the name the viewer may see leaves the server.
  const helpers = placeLeaderboard(db, place.id, { limit: HELPERS_SHOWN }).map((entry) => ({
    id: entry.id,
    name: memberName(entry, { full: signedIn }),
    points: entry.points,
  }));
  return data(
    {
      locale,
      follow: { signedIn, following: user ? placeFollowOf(db, user.id, place.id) : null },
      list: { ...list, cursor: url.searchParams.get("apres") },
      questions: questionListPage(db, place, list, { signedIn, locale }),
      canonicalUrl: `${url.origin}/p/${place.slug}`,
      place,
      positionUnknown: isPositionUnknown(place),
      parent: parent ? { name: parent.name, slug: parent.slug } : null,
      radiusKm,
      neighbours: neighbours.slice(0, NEIGHBOURS_SHOWN),
      neighbourCount: neighbours.length,
      helpers,
      deals: dealsNear(db, place, list.radiusKm, now),
    },
    remember ? { headers: { "Set-Cookie": remember } } : undefined,
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const cookie = loaderHeaders.get("Set-Cookie");
  return cookie ? { "Set-Cookie": cookie } : new Headers();
};

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Coup de main" }];
  const { locale, place } = data;
  const title = `${place.name} (${place.departmentCode}) · ${translate(locale, "app.name")}`;
  return [
    { title },
    {
      name: "description",
      content: translate(locale, "list.title", { place: place.name }),
    },
    { property: "og:title", content: title },
    { tagName: "link", rel: "canonical", href: data.canonicalUrl },
  ];
};

export default function PlacePage() {
  const {
    place,
    positionUnknown,
    parent,
    radiusKm,
    neighbours,
    neighbourCount,
    list,
    questions,
    follow,
    helpers,
    deals,
  } = useLoaderData<typeof loader>();
  const t = useTranslate();
  return (
    <article className="page-wide place-page" aria-labelledby="place-name">
      <header className="place-header">
        <h1 id="place-name">{place.name}</h1>
        <ul className="facts">
          <li>
            {t("place.department", {
              department: place.departmentName,
              code: place.departmentCode,
            })}
          </li>
          {parent ? (
            <li>
              <Link to={`/p/${parent.slug}`}>
                {t("place.arrondissementOf", { city: parent.name })}
              </Link>
            </li>
          ) : null}
          <li>
            {place.population != null
              ? t("place.population", { population: place.population })
              : t("place.populationUnknown")}
          </li>
          {place.postalCodes.length ? (
            <li>{t("place.postalCodes", { codes: place.postalCodes.join(", ") })}</li>
          ) : null}
        </ul>
        <FollowPlaceForm place={place} {...follow} />
        <p>
          <Link to={`/p/${place.slug}/annuaire`}>
            {t("directory.placeLink", { place: place.name })}
          </Link>
          {" · "}
          <Link to={`/p/${place.slug}/agenda`}>{t("agenda.title", { place: place.name })}</Link>
          {" · "}
          <Link to={`/p/${place.slug}/actualites`}>
            {t("news.place.title", { place: place.name })}
          </Link>
        </p>
      </header>

      <div className="two-columns">
        <section className="card stack two-columns__main" aria-labelledby="questions-title">
          <div className="section-heading">
            <h2 id="questions-title">{t("list.title", { place: place.name })}</h2>
            <p className="section-heading__actions">
              <Link to={`/demander?lieu=${place.slug}`} className="button">
                {t("list.ask")}
              </Link>
              <NearMeButton radiusKm={list.radiusKm} />
            </p>
          </div>
          <QuestionList
            items={questions.items}
            tab={list.tab}
            radiusKm={list.radiusKm}
            nextCursor={questions.nextCursor}
            atStart={!list.cursor}
            emptyAction={
              <p>
                <Link to={`/demander?lieu=${place.slug}`}>{t("list.emptyCta")}</Link>
              </p>
            }
          />
        </section>

        {/* The side column: helpers and neighbours (« Suivre » stays in the header, first on a phone). */}
        <aside
          className="two-columns__side stack"
          aria-label={t("place.aside", { place: place.name })}
        >
          <DealsNear deals={deals} />
          <PlaceHelpers place={place} helpers={helpers} />
          {positionUnknown ? (
            <section className="card" aria-labelledby="neighbours-title">
              <h2 id="neighbours-title">{t("place.neighbours")}</h2>
              <p className="notice">{t("place.departmentNote")}</p>
            </section>
          ) : (
            <NeighbourPlaces
              approximate={place.approximate}
              radiusKm={radiusKm}
              radiusChoices={RADIUS_CHOICES}
              neighbours={neighbours}
              neighbourCount={neighbourCount}
            />
          )}
          <p className="muted">
            <Link to={`/p/${place.slug}/moderation`}>
              {t("log.placeLink", { place: place.name })}
            </Link>
          </p>
        </aside>
      </div>
    </article>
  );
}
