import type { Translation } from "#app/i18n/messages";
import type { frPartners } from "#app/i18n/fr/partners";

/** English messages of partner merchants; same keys as fr/partners.ts. */
export const enPartners: Translation<typeof frPartners> = {
  "refusal.not-partnership-staff":
    "Only the ambassadors of the listing's town and admins record its partnerships.",
  "refusal.partnership-ambassador": "This person is not an ambassador of the listing's town.",
  "refusal.partnership-dates": "The last day must come after the first, within three years.",
  "refusal.partnership-overlap":
    "Another partnership of this listing already covers some of these days.",
  "refusal.partnership-not-running": "This partnership is already over.",
  "refusal.not-partner": "The showcase is for partner shops, while their partnership runs.",
  "refusal.gallery-full": "The gallery already has {max} photos: remove one first.",
};
