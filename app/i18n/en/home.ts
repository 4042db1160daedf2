import type { Translation } from "#app/i18n/messages";
import type { frHome } from "#app/i18n/fr/home";

/**
 * English messages of the everyday home: “Around me”, following a commune,
 * the welcome path after sign-up and personal invitations; same keys as fr/home.ts.
 */
export const enHome: Translation<typeof frHome> = {
  "home.around.title": "Around me",
  "home.around.titleOf": "Around {place}",
  "home.around.where": "{place} and within {radius} km",
  "home.around.help": "Open requests for help",
  "home.around.questions": "New questions",
  "home.around.placePage": "All the mutual aid in {place}",
  "home.around.remembered": "You are seeing what happens around {place}.",
  "home.around.changePlace": "Change commune",
  "home.around.answers": "New answers in your conversations",
  "home.around.answerIn": "{name} answered “{question}”",
  "notification.invitation-accepted":
    "{actor} joined Coup de main through your invitation: you can vouch for them in one tap",
  "emails.type.invitation-accepted": "A neighbour I invited joined Coup de main",
  "refusal.too-many-invitations":
    "You already have 10 open invitation links: withdraw one before creating another.",
  "refusal.invitation-email-unverified": "Confirm your e-mail address first to invite neighbours.",
  "place.follow": "Follow {place}",
  "place.unfollow": "Unfollow {place}",
  "place.following": "You follow {place}: its new questions come in your digest.",
  "place.followingAround":
    "You follow {place} and around it ({radius} km): new questions come in your digest.",
} as const;
