/**
 * French messages of the everyday home: « Autour de moi », following a
 * commune, the welcome path after sign-up and personal invitations (the reference).
 */
export const frHome = {
  "home.around.title": "Autour de moi",
  "home.around.titleOf": "Autour de {place}",
  "home.around.where": "{place} et à moins de {radius} km",
  "home.around.help": "Demandes d’aide en cours",
  "home.around.questions": "Nouvelles questions",
  "home.around.placePage": "Toute l’entraide à {place}",
  "home.around.remembered": "Vous voyez ce qui se passe autour de {place}.",
  "home.around.changePlace": "Changer de commune",
  "home.around.answers": "Nouvelles réponses dans vos discussions",
  "home.around.answerIn": "{name} a répondu à « {question} »",
  "notification.invitation-accepted":
    "{actor} a rejoint Coup de main grâce à votre invitation : vous pouvez vous porter garant·e en un geste",
  "emails.type.invitation-accepted": "Un voisin invité a rejoint Coup de main",
  "refusal.too-many-invitations":
    "Vous avez déjà 10 liens d’invitation en cours : retirez-en un avant d’en créer un autre.",
  "refusal.invitation-email-unverified":
    "Confirmez d’abord votre adresse e-mail pour inviter vos voisins.",
  "place.follow": "Suivre {place}",
  "place.unfollow": "Ne plus suivre {place}",
  "place.following": "Vous suivez {place} : ses nouvelles questions arrivent dans votre résumé.",
  "place.followingAround":
    "Vous suivez {place} et ses alentours ({radius} km) : les nouvelles questions arrivent dans votre résumé.",
} as const;
