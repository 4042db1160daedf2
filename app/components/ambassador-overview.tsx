import { Link } from "@remix-run/react";
import { organisationPath } from "#app/domain/directory";
import { formatDay, formatEuros } from "#app/i18n/format";
import { useLocale, useTranslate } from "#app/i18n/i18n";

type Listing = { id: number; name: string; slug: string };
type PartnershipLine = {
  id: number;
  endsOn: string;
  monthlyAmountCents: number;
  listing: Listing;
  placeName: string;
};

/**
 * What an ambassador follows on /ambassadeur: renewals due, running partners,
 * the managed listings of their places, and the monthly statement to download.
 */
export function AmbassadorOverview({
  renewals,
  partners,
  listings,
  pendingClaims,
  month,
}: {
  renewals: PartnershipLine[];
  partners: PartnershipLine[];
  listings: (Listing & { placeName: string })[];
  pendingClaims: number;
  month: string;
}) {
  const t = useTranslate();
  const locale = useLocale();
  const line = (partnership: PartnershipLine, key: "ambassador.until" | "ambassador.ended") => (
    <li key={partnership.id}>
      <Link to={`/o/${partnership.listing.id}/partenariat`}>{partnership.listing.name}</Link>
      <span className="muted">
        {" · "}
        {partnership.placeName}
        {" · "}
        {t(key, { day: formatDay(locale, partnership.endsOn) })}
        {" · "}
        {t("partnership.monthly", { amount: formatEuros(locale, partnership.monthlyAmountCents) })}
      </span>
    </li>
  );
  return (
    <>
      <p>
        <Link to="/ambassadeur/fiches">
          {t("ambassador.claimsToReview", { count: pendingClaims })}
        </Link>
      </p>
      <section className="card stack" aria-labelledby="renewals-title">
        <h2 id="renewals-title">{t("ambassador.renewals", { count: renewals.length })}</h2>
        {renewals.length === 0 ? (
          <p className="muted">{t("ambassador.noRenewals")}</p>
        ) : (
          <ul>{renewals.map((renewal) => line(renewal, "ambassador.ended"))}</ul>
        )}
      </section>
      <section className="card stack" aria-labelledby="partners-title">
        <h2 id="partners-title">{t("ambassador.partners", { count: partners.length })}</h2>
        {partners.length === 0 ? (
          <p className="muted">{t("ambassador.noPartners")}</p>
        ) : (
          <ul>{partners.map((partner) => line(partner, "ambassador.until"))}</ul>
        )}
        <form method="get" action="/ambassadeur/partenariats.csv" className="form inline-form">
          <label htmlFor="statement-month">{t("ambassador.statementMonth")}</label>{" "}
          <input id="statement-month" type="month" name="mois" defaultValue={month} required />{" "}
          <button type="submit" className="button button--secondary">
            {t("ambassador.statementDownload")}
          </button>
        </form>
      </section>
      <section className="card stack" aria-labelledby="listings-title">
        <h2 id="listings-title">{t("ambassador.listings")}</h2>
        {listings.length === 0 ? (
          <p className="muted">{t("ambassador.noListings")}</p>
        ) : (
          <ul>
            {listings.map((listing) => (
              <li key={listing.id}>
                <Link to={organisationPath(listing)}>{listing.name}</Link>
                <span className="muted"> · {listing.placeName} · </span>
                <Link to={`/o/${listing.id}/partenariat`}>{t("partnership.link")}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
