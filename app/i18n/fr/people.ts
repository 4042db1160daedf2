/** French messages of the people pages: profiles and leaderboards (the reference). */
export const frPeople = {
  "leaderboard.title": "Les entraideurs de {place}",
  "leaderboard.description":
    "Les voisins de {place} qui ont le plus aidé, classés par les points de réputation qu’ils ont gagnés.",
  "leaderboard.intro":
    "Les points viennent des votes, des réponses acceptées et des remerciements des voisins.",
  "leaderboard.periods": "Période",
  "leaderboard.month": "Ce mois-ci",
  "leaderboard.allTime": "Depuis toujours",
  "leaderboard.listMonth": "Classement du mois",
  "leaderboard.listAllTime": "Classement depuis toujours",
  "leaderboard.points": {
    one: "{count} point",
    other: "{count} points",
  },
  "leaderboard.answers": {
    one: "{count} réponse",
    other: "{count} réponses",
  },
  "leaderboard.accepted": {
    one: "{count} acceptée",
    other: "{count} acceptées",
  },
  "leaderboard.emptyMonth":
    "Personne n’a encore gagné de points ce mois-ci à {place}. Répondez à une question pour ouvrir le bal !",
  "leaderboard.emptyAllTime":
    "Personne n’a encore gagné de points à {place}. Répondez à une question pour ouvrir le bal !",
  "leaderboard.back": "Retour à {place}",
  "profile.contributions": "Contributions",
  "profile.reputation": "Points de réputation",
  "profile.answersGiven": "Réponses données",
  "profile.acceptedAnswers": "Réponses acceptées",
  "profile.questionsAsked": "Questions posées",
  "profile.thanksReceived": "Remerciements reçus",
  "profile.recentAnswers": "Dernières réponses",
  "profile.noAnswers": "Pas encore de réponse.",
  "profile.answerAccepted": "acceptée",
} as const;
