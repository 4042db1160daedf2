import type { Translation } from "#app/i18n/messages";
import type { frPeople } from "#app/i18n/fr/people";

/** English messages of the people pages: profiles and leaderboards; same keys as fr/people.ts. */
export const enPeople: Translation<typeof frPeople> = {
  "leaderboard.title": "The helpers of {place}",
  "leaderboard.description":
    "The neighbours of {place} who helped most, ranked by the reputation points they earned.",
  "leaderboard.intro": "Points come from neighbours’ votes, accepted answers and thanks.",
  "leaderboard.periods": "Period",
  "leaderboard.month": "This month",
  "leaderboard.allTime": "All time",
  "leaderboard.listMonth": "This month’s ranking",
  "leaderboard.listAllTime": "All-time ranking",
  "leaderboard.points": {
    one: "{count} point",
    other: "{count} points",
  },
  "leaderboard.answers": {
    one: "{count} answer",
    other: "{count} answers",
  },
  "leaderboard.accepted": {
    one: "{count} accepted",
    other: "{count} accepted",
  },
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
};
