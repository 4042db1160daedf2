import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { formatDay } from "#app/i18n/format";
import { JsonLd } from "#app/components/json-ld";
import { OpeningStatusLine } from "#app/components/opening-hours";
import { listingPageData } from "./page-data.server";
import { ListingColumns } from "./columns";
import { FollowListingForm, ListingDeals } from "#app/components/deals";
import { PartnerBadge } from "#app/components/partner-badge";
import { PartnerShowcase } from "#app/components/partner-showcase";

/** A listing of the directory, as anyone sees it; its managers and the place's staff may edit it. */
export async function loader(args: LoaderFunctionArgs) {
  return listingPageData(args);
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
  const {
    listing,
    today,
    canEdit,
    claimPending,
    edited,
    showcase,
    partnershipStaff,
    mergeStaff,
    recommendations,
    ...loaded
  } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const locale = useLocale();
  return (
    <article className="stack organisation-page" aria-labelledby="organisation-name">
      <JsonLd data={listing.jsonLd} />
      {loaded.offers.length > 0 ? <JsonLd data={loaded.offers} /> : null}
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
        {showcase ? <PartnerBadge /> : null}
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
      {loaded.took ? (
        <p className={loaded.took === "pris" ? "notice" : "notice notice--error"} role="status">
          {t(loaded.took === "pris" ? "deals.taken" : `refusal.${loaded.took}`)}
        </p>
      ) : null}
      <FollowListingForm
        listingId={listing.id}
        following={loaded.following}
        signedIn={loaded.signedIn}
        signInTo={listing.path}
      />
      {canEdit ? (
        <p className="follow-listing">
          <Link to={`/o/${listing.id}/gerer`} className="button button--secondary">
            {t("listing.manage")}
          </Link>{" "}
          <Link
            to={`/actualites/nouvelle?au-nom-de=o:${listing.id}`}
            className="button button--secondary"
          >
            {t("news.publishLink")}
          </Link>{" "}
          <Link to={`/o/${listing.id}/bons-plans`} className="button button--secondary">
            {t("deals.manageLink")}
          </Link>{" "}
          {showcase ? (
            <Link to={`/o/${listing.id}/vitrine`} className="button button--secondary">
              {t("partner.editLink")}
            </Link>
          ) : null}{" "}
          {partnershipStaff ? (
            <Link to={`/o/${listing.id}/partenariat`} className="button button--secondary">
              {t("partnership.link")}
            </Link>
          ) : null}{" "}
          {mergeStaff ? (
            <Link to={`/o/${listing.id}/fusionner`} className="button button--secondary">
              {t("merge.link")}
            </Link>
          ) : null}
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

      {showcase ? <PartnerShowcase showcase={showcase} /> : null}

      <ListingDeals
        listingId={listing.id}
        deals={loaded.deals}
        signedIn={loaded.signedIn}
        signInTo={listing.path}
      />

      <ListingColumns listing={listing} today={today} />

      {recommendations.length > 0 ? (
        <section className="card stack recommended-in" aria-labelledby="recommended-title">
          <h2 id="recommended-title">{t("recommend.in", { count: recommendations.length })}</h2>
          <ul>
            {recommendations.map((item) => (
              <li key={item.answerId}>
                <Link to={item.path}>
                  {t("recommend.by", { name: item.author, question: item.question })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

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
