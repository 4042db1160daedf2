/**
 * French messages of the pages about emails: their settings and unsubscribing (the emails' own
 * text is in emails.server.ts) (the reference).
 */
export const frEmailSettings = {
  "emails.settingsLink": "Notifications par e-mail",
  "emails.settings.title": "Notifications par e-mail",
  "emails.settings.intro":
    "Pour chaque type de notification, choisissez quand vous recevez un e-mail. Vous retrouvez toujours tout sous la cloche, sur le site.",
  "emails.settings.address": "Les e-mails sont envoyés à {email}.",
  "emails.settings.unverified":
    "Votre adresse n’est pas encore confirmée : aucun e-mail de notification ne part avant.",
  "emails.settings.noAddress": "Votre compte n’a pas d’adresse e-mail : aucun e-mail ne part.",
  "emails.settings.save": "Enregistrer",
  "emails.settings.saved": "Vos choix sont enregistrés.",
  "emails.settings.invalid": "Choisissez une option pour chaque type de notification.",
  "emails.settings.back": "Retour aux paramètres",
  "emails.delivery.immediate": "Tout de suite",
  "emails.delivery.digest": "Dans le résumé quotidien",
  "emails.delivery.never": "Jamais",
  "emails.type.answer-on-my-question": "Réponse à ma question",
  "emails.type.message-received": "Message privé reçu",
  "emails.type.comment-on-my-question": "Commentaire sur ma question",
  "emails.type.comment-on-my-answer": "Commentaire sur ma réponse",
  "emails.type.answer-accepted": "Ma réponse acceptée",
  "emails.type.thanks-received": "Remerciement reçu",
  "emails.type.mention": "Mention de mon nom",
  "emails.type.vouch-request": "Demande de confirmation de voisinage",
  "emails.type.followed-question": "Nouvelle question près de chez moi",
  "emails.type.moderation-decision": "Décision de modération sur mon contenu",
  "emails.unsubscribe.title": "Ne plus recevoir ces e-mails ?",
  "emails.unsubscribe.metaTitle": "Désabonnement",
  "emails.unsubscribe.what.type": "Vous ne recevrez plus d’e-mail pour : {type}.",
  "emails.unsubscribe.what.digest": "Vous ne recevrez plus le résumé quotidien.",
  "emails.unsubscribe.what.all": "Vous ne recevrez plus aucun e-mail de notification.",
  "emails.unsubscribe.account":
    "Les e-mails de votre compte (confirmation d’adresse, mot de passe oublié) continueront d’arriver.",
  "emails.unsubscribe.button": "Me désabonner",
  "emails.unsubscribe.done": "C’est fait : vous êtes désabonné·e.",
  "emails.unsubscribe.settings": "Choisir plus finement dans vos paramètres",
} as const;
