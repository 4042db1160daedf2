import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { formatDay } from "#app/i18n/format";
import { parisWallClock } from "#app/domain/opening-hours";
import { getLocale } from "#app/server/locale.server";
import { getDb } from "#app/server/db.server";
import { getUser } from "#app/server/auth.server";
import { getOrganisationPage } from "#app/models/directory/organisation-page.server";
import { liveClaim } from "#app/models/directory/claims.server";
import { mayEditListing } from "#app/models/directory/manage.server";
import { parsePostId } from "#app/models/questions/paths";
import { JsonLd } from "#app/components/json-ld";
import { dependsOn, validUntilNextMinute } from "#app/server/page-cache.server";
import { listingKey } from "#app/domain/content-keys";
import { OpeningHoursTable, OpeningStatusLine } from "#app/components/opening-hours";
import { notFound } from "#app/server/not-found.server";

/** A listing of the directory, as anyone sees it; its managers and the place's staff may edit it. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const id = parsePostId(params.id);
  if (!Number.isSafeInteger(id)) throw notFound("listing");
  const url = new URL(request.url);
  const now = new Date();
  dependsOn(context, [listingKey(id)]);
  validUntilNextMinute(context, now);
  const listing = getOrganisationPage(getDb(), id, { at: now, origin: url.origin });
  if (!listing) throw notFound("listing");
  // One URL per listing: an old or mistyped slug moves permanently to the current one.
  if (params.slug !== listing.slug) return redirect(`${listing.path}${url.search}`, 301);
  const viewer = await getUser(request);
  const db = getDb();
  return {
    canEdit: Boolean(viewer && mayEditListing(db, viewer, { id, placeId: listing.placeId })),
    claimPending: Boolean(viewer && liveClaim(db, viewer.id, id)?.status === "pending"),
    edited: url.searchParams.has("modifiee"),
    locale: await getLocale(request),
    canonicalUrl: `${url.origin}${listing.path}`,
    today: parisWallClock(now).day,
    listing: { ...listing, updatedAt: listing.updatedAt.toISOString() },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Coup de main" }];
  const { locale, listing } = data;
  const title = `${listing.name} · ${listing.place.name} · Coup de main`;
  const description = translate(locale, "organisation.description", {
    kind: translate(locale, `directory.kind.${listing.kind}`),
    place: listing.place.name,
    category: translate(locale, `directory.category.${listing.category}`),
  });
  return [
    { title },
    { name: "description", content: description },
    { property: "og:title", content: listing.name },
    { property: "og:description", content: description },
    { property: "og:url", content: data.canonicalUrl },
    { tagName: "link", rel: "canonical", href: data.canonicalUrl },
  ];
};

export default function OrganisationPage() {
  const { listing, today, canEdit, claimPending, edited } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const locale = useLocale();
  return (
    <article className="stack organisation-page" aria-labelledby="organisation-name">
      <JsonLd data={listing.jsonLd} />
      <nav aria-label={t("organisation.directory")} className="breadcrumb">
        <Link to={`/p/${listing.place.slug}`}>{listing.place.name}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/p/${listing.place.slug}/annuaire`}>{t("organisation.directory")}</Link>
        <span aria-hidden="true"> › </span>
        <span>{t(`directory.category.${listing.category}`)}</span>
      </nav>

      <header className="organisation-header">
        <p className="organisation-kind">
          {t(`directory.kind.${listing.kind}`)} · {t(`directory.category.${listing.category}`)}
        </p>
        <h1 id="organisation-name">{listing.name}</h1>
        {listing.alias ? (
          <p className="muted">{t("organisation.alias", { alias: listing.alias })}</p>
        ) : null}
        {listing.openingStatus ? <OpeningStatusLine status={listing.openingStatus} /> : null}
      </header>

      {edited && canEdit ? (
        <p className="notice" role="status">
          {t("listing.saved")}
        </p>
      ) : null}
      {canEdit ? (
        <p>
          <Link to={`/o/${listing.id}/gerer`} className="button button--secondary">
            {t("listing.manage")}
          </Link>{" "}
          <Link
            to={`/actualites/nouvelle?au-nom-de=o:${listing.id}`}
            className="button button--secondary"
          >
            {t("news.publishLink")}
          </Link>
        </p>
      ) : claimPending ? (
        <p className="notice">{t("claim.pending", { place: listing.place.name })}</p>
      ) : !listing.claimed ? (
        <aside className="notice organisation-claim" id="revendiquer">
          <p>
            {listing.fromOpenData ? (
              <>
                <strong>{t("organisation.openData")}</strong>
                <span aria-hidden="true"> · </span>
              </>
            ) : null}
            {t("organisation.claimPrompt")}{" "}
            <Link to={`/o/${listing.id}/revendiquer`}>{t("organisation.claimLink")}</Link>
          </p>
        </aside>
      ) : null}

      {listing.descriptionHtml ? (
        <section
          className="card prose"
          dangerouslySetInnerHTML={{ __html: listing.descriptionHtml }}
        />
      ) : null}

      <div className="organisation-columns">
        <section className="card stack" aria-labelledby="details-title">
          <h2 id="details-title">{t("organisation.details")}</h2>
          <dl className="organisation-details">
            <dt>{t("organisation.commune")}</dt>
            <dd>
              <Link to={`/p/${listing.place.slug}`}>{listing.place.name}</Link>
            </dd>
            {listing.address ? (
              <>
                <dt>{t("organisation.address")}</dt>
                <dd>
                  {listing.address}, {listing.postalCode} {listing.place.name}
                </dd>
              </>
            ) : null}
            {listing.website ? (
              <>
                <dt>{t("organisation.website")}</dt>
                <dd>
                  <a href={listing.website} rel="nofollow noopener noreferrer" target="_blank">
                    {listing.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                  </a>
                </dd>
              </>
            ) : null}
            {listing.phone ? (
              <>
                <dt>{t("organisation.phone")}</dt>
                <dd>
                  <a href={`tel:${listing.phone.replace(/\s/g, "")}`}>{listing.phone}</a>
                </dd>
              </>
            ) : null}
          </dl>
          {!listing.address ? <p className="muted">{t("organisation.addressHidden")}</p> : null}
          {listing.claimed ? (
            <p>
              <Link to={`/o/${listing.id}/contacter`}>{t("contact.link")}</Link>
            </p>
          ) : null}
        </section>

        <section className="card stack" aria-labelledby="hours-title">
          <h2 id="hours-title">{t("hours.title")}</h2>
          {listing.hours ? (
            <OpeningHoursTable hours={listing.hours} today={today} />
          ) : (
            <p className="muted">{t("hours.unknown")}</p>
          )}
        </section>
      </div>

      <footer className="muted organisation-source">
        <p>
          <a href={`/o/${listing.id}/actualites.atom`} type="application/atom+xml">
            {t("news.listing.feed")}
          </a>
        </p>
        <p>
          {t(`organisation.source.${listing.source}`)}{" "}
          {t("organisation.updated", { date: formatDay(locale, listing.updatedAt) })}
        </p>
      </footer>
    </article>
  );
}
