import { PartnerBadge } from "#app/components/partner-badge";
import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { translate, useTranslate } from "#app/i18n/i18n";
import {
  DEFAULT_DIRECTORY_RADIUS_KM,
  DIRECTORY_RADII,
  ORGANISATION_KINDS,
  isOrganisationCategory,
  isOrganisationKind,
  kindOfCategory,
  organisationPath,
} from "#app/domain/directory";
import { getLocale } from "#app/server/locale.server";
import { getDb } from "#app/server/db.server";
import { getPlace } from "#app/models/places/places.server";
import { listOrganisationsNear } from "#app/models/directory/list-near.server";
import { CategoryOptions } from "#app/components/category-options";
import { OpeningStatusLine } from "#app/components/opening-hours";
import { notFound } from "#app/server/not-found.server";

const MAX_PAGE = 500;

/** The directory's filters, read from the URL: anything unknown falls back to no filter. */
function filtersFrom(url: URL) {
  const radius = Number(url.searchParams.get("radius"));
  const kindParam = url.searchParams.get("type");
  const categoryParam = url.searchParams.get("categorie");
  const category = isOrganisationCategory(categoryParam) ? categoryParam : null;
  const kind = isOrganisationKind(kindParam) ? kindParam : null;
  const page = Number(url.searchParams.get("page"));
  return {
    radiusKm: (DIRECTORY_RADII as readonly number[]).includes(radius)
      ? radius
      : DEFAULT_DIRECTORY_RADIUS_KM,
    kind,
    // A category of another kind than the one asked for would match nothing: dropped.
    category: category && (!kind || kindOfCategory(category) === kind) ? category : null,
    openNow: url.searchParams.get("ouvert") === "maintenant",
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const db = getDb();
  const place = getPlace(db, params.slug ?? "");
  if (!place) throw notFound("place");
  if (place.slug !== params.slug) return redirect(`/p/${place.slug}/annuaire${url.search}`, 301);
  const filters = filtersFrom(url);
  const list = listOrganisationsNear(db, {
    centre: { lat: place.lat, lng: place.lng },
    ...filters,
    at: new Date(),
  });
  const query = (page: number) => {
    const search = new URLSearchParams(url.search);
    if (page > 1) search.set("page", String(page));
    else search.delete("page");
    const text = search.toString();
    return text ? `?${text}` : "";
  };
  return {
    locale: await getLocale(request),
    canonicalUrl: `${url.origin}/p/${place.slug}/annuaire`,
    place: { name: place.name, slug: place.slug },
    filters,
    list: {
      ...list,
      items: list.items.map((item) => ({ ...item, path: organisationPath(item) })),
    },
    previous: list.page > 1 ? query(list.page - 1) : null,
    next: list.page < list.pageCount ? query(list.page + 1) : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Coup de main" }];
  const { locale, place } = data;
  const title = `${translate(locale, "directory.title", { place: place.name })} · Coup de main`;
  const filtered =
    data.filters.kind || data.filters.category || data.filters.openNow || data.list.page > 1;
  return [
    { title },
    {
      name: "description",
      content: translate(locale, "directory.description", { place: place.name }),
    },
    { tagName: "link", rel: "canonical", href: data.canonicalUrl },
    ...(filtered ? [{ name: "robots", content: "noindex, follow" }] : []),
  ];
};

export default function PlaceDirectory() {
  const { place, filters, list, previous, next } = useLoaderData<typeof loader>();
  const t = useTranslate();
  return (
    <article className="stack" aria-labelledby="directory-title">
      <nav aria-label={t("organisation.directory")} className="breadcrumb">
        <Link to={`/p/${place.slug}`}>{place.name}</Link>
        <span aria-hidden="true"> › </span>
        <span>{t("organisation.directory")}</span>
      </nav>
      <h1 id="directory-title">{t("directory.title", { place: place.name })}</h1>

      <Form method="get" className="card directory-filters" aria-label={t("directory.filters")}>
        <div className="directory-filters__field">
          <label htmlFor="directory-radius">{t("directory.radius")}</label>
          <select id="directory-radius" name="radius" defaultValue={filters.radiusKm}>
            {DIRECTORY_RADII.map((km) => (
              <option key={km} value={km}>
                {t("directory.within", { radius: km })}
              </option>
            ))}
          </select>
        </div>
        <div className="directory-filters__field">
          <label htmlFor="directory-kind">{t("directory.kind")}</label>
          <select id="directory-kind" name="type" defaultValue={filters.kind ?? ""}>
            <option value="">{t("directory.kindAll")}</option>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`directory.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="directory-filters__field">
          <label htmlFor="directory-category">{t("directory.category")}</label>
          <select id="directory-category" name="categorie" defaultValue={filters.category ?? ""}>
            <option value="">{t("directory.categoryAll")}</option>
            <CategoryOptions />
          </select>
        </div>
        <div className="directory-filters__check">
          <input
            type="checkbox"
            id="directory-open"
            name="ouvert"
            value="maintenant"
            defaultChecked={filters.openNow}
          />
          <label htmlFor="directory-open">{t("directory.openNow")}</label>
        </div>
        <button type="submit" className="button button--secondary">
          {t("directory.apply")}
        </button>
      </Form>

      <section className="card stack" aria-labelledby="directory-count">
        <h2 id="directory-count">{t("directory.count", { count: list.total })}</h2>
        {list.items.length === 0 ? (
          <p>{t("directory.empty")}</p>
        ) : (
          <ol className="directory-list">
            {list.items.map((item) => (
              <li key={item.id} className="directory-list__item">
                <h3 className="directory-list__name">
                  <Link to={item.path}>{item.name}</Link>
                  {item.partner ? (
                    <>
                      {" "}
                      <PartnerBadge />
                    </>
                  ) : null}
                </h3>
                <p className="directory-list__meta">
                  {t(`directory.category.${item.category}`)} · {item.place.name}
                  {/* From a commune's centre, a distance under 1 km says nothing. */}
                  {!item.approximate || item.distanceKm >= 1
                    ? ` · ${t(item.approximate ? "directory.distanceApprox" : "directory.distance", { distance: item.distanceKm })}`
                    : null}
                </p>
                {item.openingStatus ? <OpeningStatusLine status={item.openingStatus} /> : null}
              </li>
            ))}
          </ol>
        )}
        {list.pageCount > 1 ? (
          <nav aria-label={t("directory.pages")} className="directory-pages">
            {previous !== null ? (
              <Link to={`/p/${place.slug}/annuaire${previous}`} rel="prev">
                {t("directory.previous")}
              </Link>
            ) : null}
            <span>{t("directory.pageOf", { page: list.page, pages: list.pageCount })}</span>
            {next !== null ? (
              <Link to={`/p/${place.slug}/annuaire${next}`} rel="next">
                {t("directory.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
      <p>
        <Link to="/fiches/nouvelle">{t("directory.addListing")}</Link>
      </p>
    </article>
  );
}
