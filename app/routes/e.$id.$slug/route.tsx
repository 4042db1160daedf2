import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { EventWhen } from "#app/components/event-when";
import { JsonLd } from "#app/components/json-ld";
import { translate, useTranslate } from "#app/i18n/i18n";
import { isLocalDateTime } from "#app/domain/event-time";
import { changeOccurrence, setEventStatus } from "#app/models/events/events.server";
import { cancelRegistration, register } from "#app/models/events/registrations.server";
import { loadActor } from "#app/models/members/privileges.server";
import { parsePostId } from "#app/models/questions/paths";
import { refusalInit, refusalMessage } from "#app/models/refusal-message";
import { defineAction } from "#app/server/actions.server";
import { getUser, requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getLocale, getTranslator } from "#app/server/locale.server";
import { notFound } from "#app/server/not-found.server";
import { eventPageData } from "./page-data.server";
import { ManageSection } from "./manage-section";

/** An event, one occurrence at a time (`?date=` names it), with registration and the organiser's tools. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = parsePostId(params.id);
  if (!Number.isSafeInteger(id)) throw notFound();
  const url = new URL(request.url);
  const viewer = await getUser(request);
  const page = eventPageData(getDb(), id, {
    date: url.searchParams.get("date"),
    viewerId: viewer?.id ?? null,
    origin: url.origin,
    now: new Date(),
  });
  if (!page) throw notFound();
  if (params.slug !== page.event.slug) {
    return redirect(`/e/${id}/${page.event.slug}${url.search}`, 301);
  }
  return { ...page, signedIn: Boolean(viewer), locale: await getLocale(request) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Coup de main" }];
  const { event, locale } = data;
  const title = `${event.title} · ${event.place.name} · Coup de main`;
  const description = `${translate(locale, `event.category.${event.category}`)} · ${event.place.name}`;
  return [
    { title },
    { name: "description", content: description },
    { property: "og:type", content: "website" },
    { property: "og:title", content: event.title },
    { property: "og:description", content: description },
    { property: "og:url", content: data.canonicalUrl },
    { tagName: "link", rel: "canonical", href: data.canonicalUrl },
  ];
};

export const action = defineAction(
  {
    intents: {
      going: "eventRegister",
      interested: "eventRegister",
      "cancel-registration": "eventRegister",
      "cancel-occurrence": "eventManage",
      "restore-occurrence": "eventManage",
      "cancel-event": "eventManage",
    },
  },
  async ({ request, params, form, intent }) => {
    const user = await requireUser(request);
    const { t } = await getTranslator(request);
    const db = getDb();
    const id = parsePostId(params.id);
    const date = form.get("date");
    if (!Number.isSafeInteger(id) || !isLocalDateTime(date)) {
      return data({ message: t("form.invalid") }, { status: 400 });
    }
    const actor = loadActor(db, user.id);
    if (!actor) throw notFound();
    const outcome =
      intent === "going" || intent === "interested"
        ? register(db, user.id, id, date, intent)
        : intent === "cancel-registration"
          ? cancelRegistration(db, user.id, id, date)
          : intent === "cancel-event"
            ? setEventStatus(db, actor, id, "cancelled")
            : changeOccurrence(db, actor, id, date, {
                status: intent === "cancel-occurrence" ? "cancelled" : null,
              });
    if (!outcome.ok) {
      return data({ message: refusalMessage(t, outcome.refusal) }, refusalInit(outcome.refusal));
    }
    return { message: null };
  },
);

export default function EventPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useTranslate();
  const { event, occurrence, summary } = page;
  const hidden = <input type="hidden" name="date" value={occurrence.key} />;
  const open = occurrence.status === "scheduled" && !occurrence.past;
  return (
    <article className="stack event-page" aria-labelledby="event-title">
      <JsonLd data={page.jsonLd} />
      <nav aria-label={t("agenda.link")} className="breadcrumb">
        <Link to={`/p/${event.place.slug}`}>{event.place.name}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/p/${event.place.slug}/agenda`}>{t("agenda.link")}</Link>
      </nav>
      <p className="event-page__category">{t(`event.category.${event.category}`)}</p>
      <h1 id="event-title">{event.title}</h1>
      {occurrence.status !== "scheduled" ? (
        <p className="notice notice--error" role="status">
          {t(occurrence.status === "cancelled" ? "event.cancelledNotice" : "event.postponedNotice")}
        </p>
      ) : null}
      <dl className="card event-facts">
        <dt>{t("event.when")}</dt>
        <dd>
          <EventWhen
            start={occurrence.start}
            end={occurrence.end}
            startLocal={occurrence.key}
            allDay={event.allDay}
          />
        </dd>
        <dt>{t("event.where")}</dt>
        <dd>{[event.venue, event.place.name].filter(Boolean).join(", ")}</dd>
        <dt>{t("event.organiser")}</dt>
        <dd>
          {event.organisation ? (
            <Link to={`/o/${event.organisation.id}/${event.organisation.slug}`}>
              {event.organisation.name}
            </Link>
          ) : (
            t("event.neighbourEvent")
          )}
        </dd>
        <dt>{t("event.priceLabel")}</dt>
        <dd>{event.price ? t("event.price", { price: event.price }) : t("event.free")}</dd>
        {event.accessibility ? (
          <>
            <dt>{t("event.accessibility")}</dt>
            <dd>{event.accessibility}</dd>
          </>
        ) : null}
      </dl>
      <div className="prose" dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />

      <section className="card stack" aria-labelledby="event-registration">
        <h2 id="event-registration">{t("event.registrations")}</h2>
        {event.capacity !== null ? (
          <p>
            {summary.remaining
              ? t("event.places", { count: summary.remaining, capacity: event.capacity })
              : t("event.full")}
          </p>
        ) : null}
        {actionData?.message ? (
          <p className="form-error" role="alert">
            {actionData.message}
          </p>
        ) : null}
        {summary.mine ? (
          <p role="status">
            {summary.mine.status === "going"
              ? t("event.youAreGoing")
              : summary.mine.status === "waiting"
                ? t("event.youAreWaiting", { position: summary.mine.position ?? 0 })
                : t("event.youAreInterested")}
          </p>
        ) : null}
        {!page.signedIn ? (
          <p>
            <Link to="/connexion">{t("event.signInToRegister")}</Link>
          </p>
        ) : open ? (
          <Form method="post" className="event-actions">
            {hidden}
            {event.capacity !== null &&
            summary.mine?.status !== "going" &&
            summary.mine?.status !== "waiting" ? (
              <button type="submit" name="intent" value="going" className="button">
                {summary.remaining ? t("event.going") : t("event.joinWaitingList")}
              </button>
            ) : null}
            {!summary.mine ? (
              <button
                type="submit"
                name="intent"
                value="interested"
                className="button button--secondary"
              >
                {t("event.interested")}
              </button>
            ) : (
              <button
                type="submit"
                name="intent"
                value="cancel-registration"
                className="button button--secondary"
              >
                {t("event.cancelRegistration")}
              </button>
            )}
          </Form>
        ) : null}
      </section>

      <section className="card stack" aria-labelledby="event-calendar">
        <h2 id="event-calendar">{t("event.addToCalendar")}</h2>
        <p className="event-actions">
          <a href={page.icsPath} download>
            {t("event.downloadIcs")}
          </a>
          <a href={page.googleUrl} rel="noopener noreferrer" target="_blank">
            {t("event.googleCalendar")}
          </a>
        </p>
      </section>

      {page.others.length > 0 ? (
        <section className="stack" aria-labelledby="event-others">
          <h2 id="event-others">{t("event.otherDates")}</h2>
          <ul className="event-dates">
            {page.others.map((other) => (
              <li key={other.key}>
                <Link to={other.path}>
                  <EventWhen start={other.start} end={other.start} startLocal={other.key} allDay />
                </Link>
                {other.status !== "scheduled" ? ` · ${t(`event.status.${other.status}`)}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {page.canManage ? (
        <ManageSection
          date={occurrence.key}
          recurring={event.recurring}
          cancelled={occurrence.status === "cancelled"}
          seriesCancelled={event.seriesStatus === "cancelled"}
          going={summary.going}
          waiting={summary.waiting}
          registrations={page.registrations}
        />
      ) : null}
    </article>
  );
}
