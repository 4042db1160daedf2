/** The answer form's listing picker (ADR 025): listings by name near a question. */
import { and, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { questions } from "#db/schema";
import type { SearchEngine } from "#search/engine";
import { listingToken } from "#app/domain/listing-tokens";
import { listOrganisationsForApi } from "./api.server";

/** How far from the question's point the picker looks, and how many listings it offers. */
const PICKER_RADIUS_KM = 25;
const PICKER_LIMIT = 8;

/** Listings by name near a question's place, for the picker (same engine and rules as search). */
export async function listingsToRecommend(
  db: AppDatabase,
  engine: SearchEngine,
  { questionId, q }: { questionId: number; q: string },
) {
  const question = db
    .select({ lat: questions.lat, lng: questions.lng })
    .from(questions)
    .where(and(eq(questions.id, questionId), isNull(questions.deletedAt)))
    .get();
  if (!question || !q.trim()) return [];
  const { organisations: found } = await listOrganisationsForApi(
    db,
    engine,
    {
      centre: question,
      radiusKm: PICKER_RADIUS_KM,
      q,
      openNow: false,
      page: 1,
      limit: PICKER_LIMIT,
      at: new Date(),
    },
    "",
  );
  return found.map((listing) => ({
    id: listing.id,
    name: listing.name,
    category: listing.category,
    placeName: listing.place.name,
    token: listingToken(listing.id),
  }));
}

export type ListingSuggestion = Awaited<ReturnType<typeof listingsToRecommend>>[number];
