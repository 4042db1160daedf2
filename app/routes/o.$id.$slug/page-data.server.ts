import { mayMergeListing } from "#app/models/directory/merge.server";
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { translate } from "#app/i18n/i18n";
import { parisWallClock } from "#app/domain/opening-hours";
import { getLocale } from "#app/server/locale.server";
import { getDb } from "#app/server/db.server";
import { getUser } from "#app/server/auth.server";
import { getOrganisationPage } from "#app/models/directory/organisation-page.server";
import { liveClaim } from "#app/models/directory/claims.server";
import { mayEditListing } from "#app/models/directory/manage.server";
import { parsePostId } from "#app/models/questions/paths";
import { dependsOn, validUntilNextMinute } from "#app/server/page-cache.server";
import { listingKey, NAMES_KEY, questionKey } from "#app/domain/content-keys";
import { recommendationsOf } from "#app/models/directory/recommendations.server";
import { questionPath } from "#app/models/questions/paths";
import { notFound } from "#app/server/not-found.server";
import { requestNow } from "#app/server/clock.server";
import { listingDeals, takeOutcome } from "#app/models/deals/listing-deals.server";
import { partnerShowcase } from "#app/models/directory/partner-page.server";
import { mayRecordPartnerships } from "#app/models/directory/partnerships.server";

/** What the listing page shows, to a visitor, a member, its managers or the place's staff. */
export async function listingPageData({ request, params, context }: LoaderFunctionArgs) {
  const id = parsePostId(params.id);
  if (!Number.isSafeInteger(id)) throw notFound("listing");
  const url = new URL(request.url);
  const now = requestNow(request);
  dependsOn(context, [listingKey(id)]);
  validUntilNextMinute(context, now);
  const listing = getOrganisationPage(getDb(), id, { at: now, origin: url.origin });
  if (!listing) throw notFound("listing");
  // A duplicate merged into another listing (ADR 025) lives on there.
  if (listing.mergedIntoId != null) {
    const survivor = getOrganisationPage(getDb(), listing.mergedIntoId, {
      at: now,
      origin: url.origin,
    });
    if (survivor) return redirect(survivor.path, 301);
  }
  // One URL per listing: an old or mistyped slug moves permanently to the current one.
  if (params.slug !== listing.slug) return redirect(`${listing.path}${url.search}`, 301);
  const viewer = await getUser(request);
  const db = getDb();
  const showcase = partnerShowcase(db, id, now);
  const locale = await getLocale(request);
  const recommendations = recommendationsOf(db, id, {
    formerMember: translate(locale, "profile.formerMember"),
  });
  // The answers' questions and their authors' names (NAMES_KEY) are on the page too.
  dependsOn(context, [NAMES_KEY, ...recommendations.map((item) => questionKey(item.question.id))]);
  return {
    showcase,
    partnershipStaff: Boolean(viewer && mayRecordPartnerships(db, viewer, listing.placeId)),
    mergeStaff: Boolean(viewer && mayMergeListing(db, viewer, listing.placeId)),
    recommendations: recommendations.map((item) => ({
      answerId: item.answerId,
      author: item.author,
      question: item.question.title,
      path: `${questionPath(item.question)}#reponse-${item.answerId}`,
    })),
    canEdit: Boolean(viewer && mayEditListing(db, viewer, { id, placeId: listing.placeId })),
    claimPending: Boolean(viewer && liveClaim(db, viewer.id, id)?.status === "pending"),
    edited: url.searchParams.has("modifiee"),
    locale,
    canonicalUrl: `${url.origin}${listing.path}`,
    today: parisWallClock(now).day,
    listing: { ...listing, updatedAt: listing.updatedAt.toISOString() },
    signedIn: Boolean(viewer),
    took: takeOutcome(url.searchParams.get("bonPlan")),
    ...listingDeals(
      db,
      { ...listing, url: `${url.origin}${listing.path}` },
      viewer?.id ?? null,
      now,
    ),
  };
}
