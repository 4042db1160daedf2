import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { EventWhen } from "#app/components/event-when";
import { AGENDA_PERIODS, AGENDA_RADII, EVENT_CATEGORIES } from "#app/domain/events";
import { formatDay, formatWeekday } from "#app/i18n/format";
import { translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { agendaDays, agendaFilters } from "#app/models/events/agenda-page.server";
import { getPlace } from "#app/models/places/places.server";
import { getDb } from "#app/server/db.server";
import { getLocale } from "#app/server/locale.server";
import { notFound } from "#app/server/not-found.server";

/** GET /p/:slug/agenda: the events of a commune and around, by day, with a webcal feed. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const db = getDb();
  const place = getPlace(db, params.slug ?? "");
  if (!place) throw notFound("place");
  if (place.slug !== params.slug) return redirect(`/p/${place.slug}/agenda${url.search}`, 301);
  const filters = agendaFilters(url);
  const feed = `${url.host}/p/${place.slug}/agenda.ics?radius=${filters.radiusKm}`;
  return {
    locale: await getLocale(request),
    canonicalUrl: `${url.origin}/p/${place.slug}/agenda`,
    place: { name: place.name, slug: place.slug },
    filters,
    agenda: agendaDays(db, { lat: place.lat, lng: place.lng }, filters, new Date()),
    webcal: `webcal://${feed}`,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Coup de main" }];
  const { locale, place } = data;
  return [
    { title: `${translate(locale, "agenda.title", { place: place.name })} · Coup de main` },
    {
      name: "description",
      content: translate(locale, "agenda.description", { place: place.name }),
    },
    { tagName: "link", rel: "canonical", href: data.canonicalUrl },
  ];
};

export default function PlaceAgenda() {
  const { place, filters, agenda, webcal } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const locale = useLocale();
  return (
    <article className="stack" aria-labelledby="agenda-title">
      <nav aria-label={t("agenda.link")} className="breadcrumb">
        <Link to={`/p/${place.slug}`}>{place.name}</Link>
        <span aria-hidden="true"> › </span>
        <span>{t("agenda.link")}</span>
      </nav>
      <h1 id="agenda-title">{t("agenda.title", { place: place.name })}</h1>
      <Form method="get" className="card directory-filters" aria-label={t("agenda.filters")}>
        <div className="directory-filters__field">
          <label htmlFor="agenda-period">{t("agenda.period")}</label>
          <select id="agenda-period" name="periode" defaultValue={filters.period}>
            {AGENDA_PERIODS.map((period) => (
              <option key={period} value={period}>
                {t(`agenda.period.${period}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="directory-filters__field">
          <label htmlFor="agenda-radius">{t("agenda.radius")}</label>
          <select id="agenda-radius" name="radius" defaultValue={filters.radiusKm}>
            {AGENDA_RADII.map((km) => (
              <option key={km} value={km}>
                {t("agenda.within", { radius: km })}
              </option>
            ))}
          </select>
        </div>
        <div className="directory-filters__field">
          <label htmlFor="agenda-category">{t("agenda.category")}</label>
          <select id="agenda-category" name="categorie" defaultValue={filters.category ?? ""}>
            <option value="">{t("agenda.categoryAll")}</option>
            {EVENT_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`event.category.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("agenda.apply")}
        </button>
      </Form>
      <p className="agenda-links">
        <a href={webcal}>{t("agenda.subscribe")}</a>
        <Link to="/evenements/nouveau">{t("agenda.publish")}</Link>
      </p>
      <section className="card stack" aria-labelledby="agenda-count">
        <h2 id="agenda-count">{t("agenda.count", { count: agenda.count })}</h2>
        {agenda.days.length === 0 ? <p>{t("agenda.empty")}</p> : null}
        {agenda.days.map(({ day, entries }) => (
          <section key={day} className="stack" aria-labelledby={`agenda-${day}`}>
            <h3 id={`agenda-${day}`}>
              {formatWeekday(locale, day)} {formatDay(locale, day)}
            </h3>
            <ul className="directory-list">
              {entries.map((entry) => (
                <li key={entry.key} className="directory-list__item">
                  <h4 className="directory-list__name">
                    <Link to={entry.path}>{entry.title}</Link>
                  </h4>
                  <p className="directory-list__meta">
                    <EventWhen
                      start={entry.start}
                      end={entry.end}
                      startLocal={entry.startLocal}
                      allDay={entry.allDay}
                    />
                    {" · "}
                    {t(`event.category.${entry.category}`)} ·{" "}
                    {[entry.venue, entry.placeName].filter(Boolean).join(", ")}
                    {entry.distanceKm !== null && entry.distanceKm >= 1
                      ? ` · ${t("agenda.distance", { distance: entry.distanceKm })}`
                      : null}
                    {entry.status !== "scheduled"
                      ? ` · ${t(`event.status.${entry.status}`)}`
                      : null}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </article>
  );
}
