/**
 * French messages of notifications: the sentence each one says, under the bell and in its email
 * (the reference).
 */
export const frNotifications = {
  "notification.answer-on-my-question": "{actor} a répondu à votre question « {question} »",
  "notification.comment-on-my-question": "{actor} a commenté votre question « {question} »",
  "notification.comment-on-my-answer": "{actor} a commenté votre réponse à « {question} »",
  "notification.answer-accepted": "{actor} a accepté votre réponse à « {question} »",
  "notification.thanks-received": "{actor} vous remercie pour votre réponse à « {question} »",
  "notification.mention": "{actor} vous a mentionné·e dans « {question} »",
  "notification.message-received": "{actor} vous a écrit un message privé",
  "notification.vouch-request":
    "{actor} vous demande de confirmer qu’il ou elle habite bien près de chez vous",
  "notification.followed-question": "Nouvelle question près de chez vous : « {question} »",
  "notification.moderation-decision":
    "Une décision de modération concerne votre contenu : {decision}",
  "notification.moderation.auto-hide": "masqué en attente de vérification, après des signalements",
  "notification.moderation.dismiss": "les signalements ont été classés sans suite",
  "notification.moderation.hide": "masqué ({rule})",
  "notification.moderation.delete": "supprimé ({rule})",
  "notification.moderation.restore": "rétabli",
  "notification.moderation.lock": "question verrouillée ({rule})",
  "notification.moderation.unlock": "question déverrouillée",
  "notification.moderation.suspend": "compte suspendu jusqu’au {until} ({rule})",
  "notification.moderation.revoke-verification": "vérification du quartier retirée ({rule})",
  "notification.someone": "Un membre",
  "notification.formerMember": "Ancien membre",
  "notification.deletedQuestion": "une question retirée",
} as const;
