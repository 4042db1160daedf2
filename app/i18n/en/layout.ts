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
  "vote.helpful": {
    one: "{count} found helpful",
    other: "{count} found helpful",
  },
  "vote.up": "Helpful",
  "vote.why.own-post": "This is your post: your neighbours will say whether it helps.",
  "vote.why.not-verified-neighbour": "Get your neighbourhood verified to mark posts as helpful.",
  "vote.why.email-unverified": "Confirm your e-mail address to mark posts as helpful.",
  "vote.verifyLink": "How to get verified",
  "vote.down.menu": "Not helpful?",
  "vote.down.legend": "Why does this post not help?",
  "vote.down.reason.off-topic": "Off topic",
  "vote.down.reason.incorrect": "Incorrect",
  "vote.down.reason.unkind": "Unkind",
  "vote.down.reason.unclear": "Unclear",
  "vote.down.hint": "For a post that breaks the rules, report it instead.",
  "vote.down.submit": "Vote down",
  "vote.down.retract": "Withdraw my down-vote",
  "vote.down.reasonRequired": "Choose a reason.",
};
