import type { Translation } from "#app/i18n/messages";
import type { frRecommendations } from "#app/i18n/fr/recommendations";

/** English messages of recommendations; same keys as fr/recommendations.ts. */
export const enRecommendations: Translation<typeof frRecommendations> = {
  "recommend.cardLabel": "Recommended listing: {name}",
  "recommend.cardGone": "(A recommended listing that no longer exists.)",
  "recommend.picker": "Recommend a listing",
  "recommend.pickerHint":
    "Search for a shop, an association or a place by name: its listing is added to your answer.",
  "recommend.search": "Search",
  "recommend.noMatch": "No listing by that name near you.",
  "recommend.matches": "Listings found",
  "recommend.insert": "Add the listing to my answer",
  "recommend.inserted": "Listing added to your answer: {name}.",
  "recommend.options": {
    one: "{count} listing suggested, use the arrows to choose",
    other: "{count} listings suggested, use the arrows to choose",
  },
  "recommend.in": {
    one: "Recommended in {count} neighbour's answer",
    other: "Recommended in {count} neighbours' answers",
  },
  "recommend.by": "{name}, answering “{question}”",
};
