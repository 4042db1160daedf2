import type { Translation } from "#app/i18n/messages";
import type { frNotifications } from "#app/i18n/fr/notifications";

/**
 * English messages of notifications: the sentence each one says, under the bell and in its email;
 * same keys as fr/notifications.ts.
 */
export const enNotifications: Translation<typeof frNotifications> = {
  "notification.answer-on-my-question": "{actor} answered your question “{question}”",
  "notification.comment-on-my-question": "{actor} commented on your question “{question}”",
  "notification.comment-on-my-answer": "{actor} commented on your answer to “{question}”",
  "notification.answer-accepted": "{actor} accepted your answer to “{question}”",
  "notification.thanks-received": "{actor} thanked you for your answer to “{question}”",
  "notification.mention": "{actor} mentioned you in “{question}”",
  "notification.message-received": "{actor} sent you a private message",
  "notification.vouch-request": "{actor} asks you to confirm they live near you",
  "notification.followed-question": "New question near you: “{question}”",
  "notification.moderation-decision": "A moderation decision about your content: {decision}",
  "notification.moderation.auto-hide": "hidden pending review, after reports",
  "notification.moderation.dismiss": "the reports were dismissed",
  "notification.moderation.hide": "hidden ({rule})",
  "notification.moderation.delete": "deleted ({rule})",
  "notification.moderation.restore": "restored",
  "notification.moderation.lock": "question locked ({rule})",
  "notification.moderation.unlock": "question unlocked",
  "notification.moderation.suspend": "account suspended until {until} ({rule})",
  "notification.moderation.revoke-verification": "neighbourhood verification withdrawn ({rule})",
  "notification.someone": "A member",
  "notification.formerMember": "Former member",
  "notification.deletedQuestion": "a removed question",
};
