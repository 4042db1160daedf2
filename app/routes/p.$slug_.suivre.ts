import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { addFollow, followHome, unfollowPlace } from "#app/models/notifications/follows.server";
import { getPlace } from "#app/models/places/places.server";
import { refusalPage } from "#app/models/refusal-message";
import { defineAction } from "#app/server/actions.server";
import { notFound } from "#app/server/not-found.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { getTranslator } from "#app/server/locale.server";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";

/**
 * Nothing to see here: the form lives on the place page. The slug comes
 * decoded from the address: encoded again, as a Location header holds only
 * Latin-1 (`/p/%C4%80/suivre` made a 500).
 */
export function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/p/${encodeURIComponent(params.slug ?? "")}`);
}

/**
 * POST /p/:slug/suivre: « Suivre Donges » (the commune alone, or the member's
 * home radius when it is their home) or « Ne plus suivre » (every follow
 * around it), then back to the place page.
 */
export const action = defineAction(
  { intents: { follow: "follows", unfollow: "follows" } },
  async ({ request, params, intent }) => {
    const user = await requireUser(request);
    const { t } = await getTranslator(request);
    const db = getDb();
    const place = getPlace(db, params.slug ?? "");
    if (!place) throw notFound("place");
    const limit = hitRateLimit(db, `follow:user:${user.id}`, RATE_LIMITS.followPerUser);
    if (!limit.allowed) {
      throw refusalPage(t, { reason: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds });
    }
    if (intent === "unfollow") {
      unfollowPlace(db, user.id, place.id);
    } else if (intent === "follow") {
      const added =
        place.id === user.homePlaceId
          ? followHome(db, user.id)
          : addFollow(db, user.id, { placeId: place.id, radiusKm: 0, category: null });
      if (!added.ok) {
        throw refusalPage(t, added.refusal);
      }
    }
    return redirect(`/p/${place.slug}`, 303);
  },
);

export { NothingShown as default } from "#app/components/nothing-shown";
