import { Link } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";
import type { OpeningHours } from "#app/domain/opening-hours";
import { OpeningHoursTable } from "#app/components/opening-hours";

type ColumnsListing = {
  id: number;
  place: { name: string; slug: string };
  address: string | null;
  postalCode: string | null;
  website: string | null;
  phone: string | null;
  claimed: boolean;
  hours: OpeningHours | null;
};

/** The listing's practical details beside its opening hours. */
export function ListingColumns({ listing, today }: { listing: ColumnsListing; today: string }) {
  const t = useTranslate();
  return (
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
  );
}
