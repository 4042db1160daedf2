import { HIDE_THRESHOLD } from "#app/models/moderation/flags.server";
import { moderatedPlaces } from "#app/models/members/staff-roles.server";
import { moderationQueue } from "#app/models/moderation/queue.server";
import { getPlace } from "#app/models/places/places.server";
import { loadActor, type Actor } from "#app/models/members/privileges.server";
import { requireUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import type { AppDatabase } from "#db/client";
import { itemKey } from "./decision";

/** Only admins, moderators and ambassadors (of some place) have a queue. */
export async function requireStaff(request: Request) {
  const user = await requireUser(request);
  const db = getDb();
  const actor = loadActor(db, user.id);
  const scope = actor ? moderatedPlaces(db, actor) : null;
  if (!actor || !scope || (!scope.global && scope.places.length === 0)) {
    throw new Response("Forbidden", { status: 403 });
  }
  return { db, actor, scope };
}

/** The reports of the places the member looks after, or of the one place chosen (its slug). */
export function queuePageData(
  db: AppDatabase,
  actor: Actor,
  scope: NonNullable<ReturnType<typeof moderatedPlaces>>,
  slug: string | null,
) {
  const place = slug ? getPlace(db, slug) : undefined;
  const items = moderationQueue(db, actor, { placeId: place?.id ?? null });
  return {
    places: scope.places,
    global: scope.global,
    selected: place?.slug ?? "",
    isAmbassadorOnly: items.length > 0 && items.every((item) => !item.decisions.includes("delete")),
    threshold: HIDE_THRESHOLD,
    items: items.map((item) => ({
      ...item,
      key: itemKey(item),
      firstFlaggedAt: item.firstFlaggedAt.toISOString(),
    })),
  };
}

export type QueueItem = ReturnType<typeof queuePageData>["items"][number];
