/** The header and its menu, the place page's columns, the ask form's helpers, votes (issue 14). */
export const frLayout = {
  "menu.open": "Menu",
  "menu.label": "Menu du site",
  "place.aside": "Autour de {place}",
  "place.helpers": "Ils aident souvent",
  "place.noHelpers": "Personne encore : la première réponse utile à {place} vous placera ici.",
  "place.showMoreNeighbours": {
    one: "Voir l’autre commune",
    other: "Voir les {count} autres communes",
  },
} as const;
