import { Form, Link } from "@remix-run/react";
import { formatDay } from "#app/i18n/format";
import { useLocale, useTranslate } from "#app/i18n/i18n";

type Deal = {
  id: number;
  title: string;
  bodyHtml: string;
  validFrom: string;
  validUntil: string;
  remaining: number | null;
  soldOut: boolean;
};

/** « Du 10 déc. au 20 déc. inclus · 9 restants » */
function DealFacts({ deal }: { deal: Deal }) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <p className="deal__facts">
      <span>
        {t("deals.validity", {
          from: formatDay(locale, deal.validFrom),
          until: formatDay(locale, deal.validUntil),
        })}
      </span>
      {deal.soldOut ? (
        <strong className="deal__badge">{t("deals.soldOut")}</strong>
      ) : deal.remaining != null ? (
        <strong className="deal__badge deal__badge--live">
          {t("deals.remaining", { count: deal.remaining })}
        </strong>
      ) : null}
    </p>
  );
}

/**
 * A listing's current bons plans on its page: « J'en profite » for members
 * (a plain form), their code once taken, a sign-in link for visitors.
 */
export function ListingDeals({
  listingId,
  deals,
  signedIn,
  signInTo,
}: {
  listingId: number;
  deals: (Deal & { taken: boolean; code: string | null })[];
  signedIn: boolean;
  signInTo: string;
}) {
  const t = useTranslate();
  if (deals.length === 0) return null;
  return (
    <section className="card stack deals" aria-labelledby="deals-title">
      <h2 id="deals-title">{t("deals.title")}</h2>
      <ul className="deal-list">
        {deals.map((deal) => (
          <li key={deal.id} id={`bon-plan-${deal.id}`} className="deal">
            <h3>{deal.title}</h3>
            <div className="prose" dangerouslySetInnerHTML={{ __html: deal.bodyHtml }} />
            <DealFacts deal={deal} />
            {deal.taken ? (
              <p className="notice" role="status">
                {deal.code ? t("deals.yourCode", { code: deal.code }) : t("deals.noCode")}
              </p>
            ) : deal.soldOut ? null : signedIn ? (
              <Form method="post" action={`/o/${listingId}/bons-plans`}>
                <input type="hidden" name="dealId" value={deal.id} />
                <button
                  type="submit"
                  name="intent"
                  value="take"
                  className="button"
                  aria-label={t("deals.takeLabel", { title: deal.title })}
                >
                  {t("deals.take")}
                </button>
              </Form>
            ) : (
              <p>
                <Link to={`/connexion?${new URLSearchParams({ redirectTo: signInTo })}`}>
                  {t("deals.signInToTake")}
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** « Bons plans près de chez vous » on a place page: each with its listing. */
export function DealsNear({
  deals,
}: {
  deals: (Deal & { listing: { name: string; placeName: string; path: string } })[];
}) {
  const t = useTranslate();
  if (deals.length === 0) return null;
  return (
    <section className="card stack deals" aria-labelledby="deals-near-title">
      <h2 id="deals-near-title">{t("deals.near.title")}</h2>
      <ul className="deal-list">
        {deals.map((deal) => (
          <li key={deal.id} className="deal">
            <h3>
              <Link to={`${deal.listing.path}#bon-plan-${deal.id}`}>{deal.title}</Link>
            </h3>
            <p className="muted">
              {t("deals.near.at", { listing: deal.listing.name, place: deal.listing.placeName })}
            </p>
            <DealFacts deal={deal} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** « Suivre cette fiche » / « Ne plus suivre »: a plain form to /o/:id/suivre. */
export function FollowListingForm({
  listingId,
  following,
  signedIn,
  signInTo,
}: {
  listingId: number;
  following: boolean;
  signedIn: boolean;
  signInTo: string;
}) {
  const t = useTranslate();
  if (!signedIn) {
    return (
      <p id="suivre">
        <Link
          to={`/connexion?${new URLSearchParams({ redirectTo: signInTo })}`}
          className="button button--secondary"
        >
          {t("listingFollow.follow")}
        </Link>
      </p>
    );
  }
  return (
    <Form method="post" action={`/o/${listingId}/suivre`} id="suivre" className="follow-listing">
      {following ? (
        <>
          <p className="muted">{t("listingFollow.following")}</p>
          <button type="submit" name="intent" value="unfollow" className="button button--secondary">
            {t("listingFollow.unfollow")}
          </button>
        </>
      ) : (
        <button type="submit" name="intent" value="follow" className="button button--secondary">
          {t("listingFollow.follow")}
        </button>
      )}
    </Form>
  );
}

/** /parametres/suivis: the listings the member follows, each with « Ne plus suivre ». */
export function FollowedListings({
  listings,
}: {
  listings: { id: number; name: string; placeName: string; path: string }[];
}) {
  const t = useTranslate();
  return (
    <section className="card" aria-labelledby="follows-listings">
      <h2 id="follows-listings">{t("follows.listings")}</h2>
      {listings.length === 0 ? (
        <p className="muted">{t("follows.listingsNone")}</p>
      ) : (
        <ul className="row-list">
          {listings.map((listing) => (
            <li key={listing.id}>
              <span>
                <Link to={listing.path}>{listing.name}</Link> · {listing.placeName}
              </span>
              <Form method="post">
                <input type="hidden" name="organisationId" value={listing.id} />
                <button
                  type="submit"
                  name="intent"
                  value="unfollow-listing"
                  className="button button--secondary"
                  aria-label={t("follows.unfollowListingLabel", { name: listing.name })}
                >
                  {t("listingFollow.unfollow")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
