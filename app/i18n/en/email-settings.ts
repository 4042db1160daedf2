import type { Translation } from "#app/i18n/messages";
import type { frEmailSettings } from "#app/i18n/fr/email-settings";

/**
 * English messages of the pages about emails: their settings and unsubscribing (the emails' own
 * text is in emails.server.ts); same keys as fr/email-settings.ts.
 */
export const enEmailSettings: Translation<typeof frEmailSettings> = {
  "emails.settingsLink": "Email notifications",
  "emails.settings.title": "Email notifications",
  "emails.settings.intro":
    "For each kind of notification, choose when you get an email. Everything is always under the bell, on the site.",
  "emails.settings.address": "Emails go to {email}.",
  "emails.settings.unverified":
    "Your address is not confirmed yet: no notification email is sent until it is.",
  "emails.settings.noAddress": "Your account has no email address: no email is sent.",
  "emails.settings.save": "Save",
  "emails.settings.saved": "Your choices are saved.",
  "emails.settings.invalid": "Choose an option for every kind of notification.",
  "emails.settings.back": "Back to settings",
  "emails.delivery.immediate": "Right away",
  "emails.delivery.digest": "In the daily digest",
  "emails.delivery.never": "Never",
  "emails.type.answer-on-my-question": "Answer to my question",
  "emails.type.message-received": "Private message received",
  "emails.type.comment-on-my-question": "Comment on my question",
  "emails.type.comment-on-my-answer": "Comment on my answer",
  "emails.type.answer-accepted": "My answer accepted",
  "emails.type.thanks-received": "Thanks received",
  "emails.type.mention": "Mention of my name",
  "emails.type.vouch-request": "Request to confirm a neighbour",
  "emails.type.followed-question": "New question near me",
  "emails.type.moderation-decision": "Moderation decision about my content",
  "emails.unsubscribe.title": "Stop these emails?",
  "emails.unsubscribe.metaTitle": "Unsubscribe",
  "emails.unsubscribe.what.type": "You will no longer get emails for: {type}.",
  "emails.unsubscribe.what.digest": "You will no longer get the daily digest.",
  "emails.unsubscribe.what.all": "You will no longer get any notification email.",
  "emails.unsubscribe.account":
    "Emails about your account (address confirmation, forgotten password) will still arrive.",
  "emails.unsubscribe.button": "Unsubscribe me",
  "emails.unsubscribe.done": "Done: you are unsubscribed.",
  "emails.unsubscribe.settings": "Choose in more detail in your settings",
};
