import type { Translation } from "#app/i18n/messages";
import type { frSite } from "#app/i18n/fr/site";

/** English messages of the site's frame; same keys as fr/site.ts. */
export const enSite: Translation<typeof frSite> = {
  "footer.nav": "The site",
  "footer.about": "About",
  "footer.rules": "Rules",
  "footer.legal": "Legal notice",
  "footer.privacy": "Privacy",
  "footer.contact": "Contact",
  "footer.sourceCode": "Source code (AGPL)",
  "error.notFound.question.title": "Question not found",
  "error.notFound.question.text": "This question does not exist or was deleted.",
  "error.notFound.answer.title": "Answer not found",
  "error.notFound.answer.text": "This answer does not exist or was deleted.",
  "error.notFound.place.title": "Place not found",
  "error.notFound.place.text":
    "We do not know this place. Look it up by name or postcode from the home page.",
  "error.notFound.member.title": "Member not found",
  "error.notFound.member.text": "This profile does not exist or was deleted.",
  "error.notFound.conversation.title": "Conversation not found",
  "error.notFound.conversation.text":
    "This conversation does not exist, or you are not part of it.",
  "error.notFound.notification.title": "Notification not found",
  "error.notFound.notification.text": "This notification no longer exists.",
  "error.notFound.listing.title": "Listing not found",
  "error.notFound.listing.text": "This directory listing does not exist or was removed.",
  "error.tooMany.title": "Too many requests",
  "error.tooMany.text": "Wait a few minutes before trying again.",
};
