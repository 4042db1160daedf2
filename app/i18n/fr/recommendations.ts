/** Listings recommended in answers (ADR 025). */
export const frRecommendations = {
  "recommend.cardLabel": "Fiche recommandée : {name}",
  "recommend.cardGone": "(Fiche recommandée qui n’existe plus.)",
  "recommend.picker": "Recommander une fiche",
  "recommend.pickerHint":
    "Cherchez un commerce, une association ou un lieu par son nom : sa fiche s’ajoute à votre réponse.",
  "recommend.search": "Chercher",
  "recommend.noMatch": "Aucune fiche de ce nom près de chez vous.",
  "recommend.matches": "Fiches trouvées",
  "recommend.insert": "Ajouter la fiche à ma réponse",
  "recommend.inserted": "Fiche ajoutée à votre réponse : {name}.",
  "recommend.options": {
    one: "{count} fiche proposée, flèches pour choisir",
    other: "{count} fiches proposées, flèches pour choisir",
  },
  "recommend.in": {
    one: "Recommandée dans {count} réponse de voisins",
    other: "Recommandée dans {count} réponses de voisins",
  },
  "recommend.by": "{name}, en réponse à « {question} »",
} as const;
