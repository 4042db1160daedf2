/** Messages of the people pages (French reference, English below). */
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
  "leaderboard.points.one": "{count} point",
  "leaderboard.points.other": "{count} points",
  "leaderboard.answers.one": "{count} réponse",
  "leaderboard.answers.other": "{count} réponses",
  "leaderboard.accepted.one": "{count} acceptée",
  "leaderboard.accepted.other": "{count} acceptées",
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
  "profile.answerScore": "score {score}",
} as const;

export const enPeople: Record<keyof typeof frPeople, string> = {
  "leaderboard.title": "The helpers of {place}",
  "leaderboard.description":
    "The neighbours of {place} who helped most, ranked by the reputation points they earned.",
  "leaderboard.intro": "Points come from neighbours’ votes, accepted answers and thanks.",
  "leaderboard.periods": "Period",
  "leaderboard.month": "This month",
  "leaderboard.allTime": "All time",
  "leaderboard.listMonth": "This month’s ranking",
  "leaderboard.listAllTime": "All-time ranking",
  "leaderboard.points.one": "{count} point",
  "leaderboard.points.other": "{count} points",
  "leaderboard.answers.one": "{count} answer",
  "leaderboard.answers.other": "{count} answers",
  "leaderboard.accepted.one": "{count} accepted",
  "leaderboard.accepted.other": "{count} accepted",
  "leaderboard.emptyMonth":
    "Nobody has earned points in {place} this month yet. Answer a question to get things going!",
  "leaderboard.emptyAllTime":
    "Nobody has earned points in {place} yet. Answer a question to get things going!",
  "leaderboard.back": "Back to {place}",
  "profile.contributions": "Contributions",
  "profile.reputation": "Reputation points",
  "profile.answersGiven": "Answers given",
  "profile.acceptedAnswers": "Accepted answers",
  "profile.questionsAsked": "Questions asked",
  "profile.thanksReceived": "Thanks received",
  "profile.recentAnswers": "Latest answers",
  "profile.noAnswers": "No answers yet.",
  "profile.answerAccepted": "accepted",
  "profile.answerScore": "score {score}",
};
