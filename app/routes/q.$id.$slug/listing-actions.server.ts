import { data } from "@remix-run/node";
import type { AppDatabase } from "#db/client";
import { withListingToken } from "#app/domain/listing-tokens";
import { listingsToRecommend } from "#app/models/directory/picker.server";
import { getSearch } from "#app/server/search.server";
import type { IntentInput, QuestionReply } from "./intents";

/**
 * The listing picker without JavaScript (ADR 025): « Chercher » sends the
 * draft with the words, and gets both back with the listings found;
 * « Ajouter » sends it with the chosen listing, and gets it back with the
 * listing's token on a line of its own. Nothing is written; the draft's
 * photos must be chosen again (a browser cannot be handed files back).
 */
export async function pickListing(
  db: AppDatabase,
  questionId: number,
  input: IntentInput<"find-listing"> | IntentInput<"insert-listing">,
) {
  const body = input.body ?? "";
  if (input.intent === "insert-listing") {
    return data<QuestionReply>({
      submission: {
        form: "answer-form",
        result: { initialValue: { body: withListingToken(body, input.listingId) } },
      },
    });
  }
  const query = input.listingQuery ?? "";
  const items = query
    ? await listingsToRecommend(db, getSearch().engine, { questionId, q: query })
    : [];
  return data<QuestionReply>({
    listingMatches: { query, items },
    submission: {
      form: "answer-form",
      result: { initialValue: { body, listingQuery: query } },
    },
  });
}
