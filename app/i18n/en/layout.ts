import type { Translation } from "#app/i18n/messages";
import type { frLayout } from "#app/i18n/fr/layout";

export const enLayout: Translation<typeof frLayout> = {
  "menu.open": "Menu",
  "menu.label": "Site menu",
  "place.aside": "Around {place}",
  "place.helpers": "Often helping",
  "place.noHelpers": "Nobody yet: the first helpful answer in {place} puts you here.",
  "place.showMoreNeighbours": {
    one: "Show the other place",
    other: "Show the {count} other places",
  },
};
