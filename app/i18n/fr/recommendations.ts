/** Listings recommended in answers, and duplicate listings merged (ADR 025). */
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
  "merge.title": "Fusionner avec une autre fiche",
  "merge.intro":
    "Cette fiche fait doublon ? Ses gérants, demandes, modifications, recommandations et abonnés passent sur la fiche choisie ; cette fiche renvoie ensuite vers elle.",
  "merge.target": "Fiche à garder (son nom)",
  "merge.reason": "Raison de la fusion",
  "merge.submit": "Fusionner",
  "merge.targetNotFound": "Aucune fiche de ce nom dans cette commune ou autour.",
  "merge.done": "Fiches fusionnées.",
  "moderation.log.listing-merge": "Fiche « {from} » fusionnée dans « {into} »",
  "refusal.merge-same": "Une fiche ne peut pas être fusionnée avec elle-même.",
  "refusal.merge-merged": "Cette fiche a déjà été fusionnée.",
} as const;
