import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { organisationPath } from "#app/domain/directory";
import { followListing, unfollowListing } from "#app/models/deals/listing-follows.server";
import { listingForEdit } from "#app/models/directory/manage.server";
import { parsePostId } from "#app/models/questions/paths";
import { defineAction } from "#app/server/actions.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { notFound } from "#app/server/not-found.server";

/** Nothing to see here: the button lives on the listing's page. */
export function loader({ params }: LoaderFunctionArgs) {
  const id = parsePostId(params.id);
  if (!Number.isSafeInteger(id)) throw notFound("listing");
  return redirect(`/o/${id}/fiche`);
}

/**
 * POST /o/:id/suivre: « Suivre cette fiche » or « Ne plus suivre », then
 * back to the listing's page (ADR 024).
 */
export const action = defineAction(
  { intents: { follow: "follows", unfollow: "follows" } },
  async ({ request, params, intent }) => {
    const user = await requireUser(request);
    const id = parsePostId(params.id);
    const db = getDb();
    const listing = Number.isSafeInteger(id) ? listingForEdit(db, id) : null;
    if (!listing) throw notFound("listing");
    if (intent === "follow") followListing(db, user.id, listing.id);
    if (intent === "unfollow") unfollowListing(db, user.id, listing.id);
    return redirect(`${organisationPath(listing)}#suivre`, 303);
  },
);

export { NothingShown as default } from "#app/components/nothing-shown";
