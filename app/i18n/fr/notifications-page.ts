/**
 * French messages of the bell, the notifications page, follows and vouch requests (the reference).
 */
export const frNotificationsPage = {
  "bell.label": "Notifications",
  "bell.labelUnread": {
    one: "Notifications, {count} non lue",
    other: "Notifications, {count} non lues",
  },
  "notifications.title": "Notifications",
  "notifications.intro":
    "Ce qui s’est passé autour de vos questions, de vos réponses et de vos suivis.",
  "notifications.empty":
    "Aucune notification pour l’instant. Quand un voisin vous répondra ou posera une question près de chez vous, vous le verrez ici.",
  "notifications.unread": "Non lue",
  "notifications.markAllRead": "Tout marquer comme lu",
  "notifications.allRead": "Toutes vos notifications sont lues.",
  "notifications.older": "Notifications plus anciennes",
  "notifications.pages": "Pages de notifications",
  "notifications.newest": "Revenir aux plus récentes",
  "notifications.emailSettings": "Choisir quand recevoir des e-mails",
  "notifications.followsLink": "Choisir ce que vous suivez",
  "follows.title": "Suivre des questions",
  "follows.settingsLink": "Questions suivies près de chez vous",
  "follows.intro":
    "Suivez une commune, ou les environs d’une commune, pour être prévenu·e des nouvelles questions qu’on y pose : dans toutes les catégories, ou seulement celles qui vous intéressent.",
  "follows.digestNote":
    "Vous les voyez dans vos notifications ; par défaut, elles vous sont aussi envoyées une fois par jour dans le résumé par e-mail.",
  "follows.mine": "Ce que vous suivez",
  "follows.none": "Vous ne suivez encore rien.",
  "follows.placeOnly.all": "Tout à {place}",
  "follows.placeOnly.category": "{category} à {place}",
  "follows.radius.all": "Tout à moins de {radius} km de {place}",
  "follows.radius.category": "{category} à moins de {radius} km de {place}",
  "follows.remove": "Ne plus suivre",
  "follows.removeLabel": "Ne plus suivre : {follow}",
  "follows.removed": "Vous ne suivez plus « {follow} ».",
  "follows.notFound": "Ce suivi n’existe pas ou n’est pas le vôtre.",
  "follows.add": "Suivre autre chose",
  "follows.place": "Commune",
  "follows.placeHint": "Le nom ou le code postal. Par défaut, votre commune.",
  "follows.radius": "Autour",
  "follows.radiusPlaceOnly": "La commune seulement",
  "follows.radiusKm": "À moins de {radius} km",
  "follows.category": "Catégorie",
  "follows.allCategories": "Toutes les catégories",
  "follows.submit": "Suivre",
  "follows.added": "C’est noté : vous suivez « {follow} ».",
  "follows.tooMany": "Vous suivez déjà 20 choses : retirez-en une avant d’en ajouter.",
  "follows.placeRequired": "Indiquez une commune.",
  "follows.invalidChoice": "Choisissez une valeur de la liste.",
  "vouchRequest.title": "Vous habitez près de {name} ?",
  "vouchRequest.text":
    "Deux voisins vérifiés qui vous connaissent peuvent confirmer que vous habitez bien ici. Vous pouvez le demander à {name}.",
  "vouchRequest.button.feminine": "Demander à {name} de confirmer que j’habite près de chez elle",
  "vouchRequest.button.masculine": "Demander à {name} de confirmer que j’habite près de chez lui",
  "vouchRequest.button.neutral":
    "Demander à {name} de confirmer que j’habite près de chez lui ou elle",
  "vouchRequest.sent": "C’est envoyé : {name} verra votre demande dans ses notifications.",
  "vouchRequest.alreadySent":
    "Vous avez déjà fait cette demande à {name} : inutile de la renvoyer.",
  "vouchRequest.refusal.self": "Vous ne pouvez pas vous le demander à vous-même.",
  "vouchRequest.refusal.not-verified":
    "Seuls les voisins vérifiés peuvent confirmer où vous habitez.",
  "vouchRequest.refusal.too-far":
    "Seul un voisin de votre commune ou à moins de 5 km peut confirmer où vous habitez.",
  "vouchRequest.refusal.already-verified": "Votre voisinage est déjà vérifié.",
  "vouchRequest.refusal.already-vouched": "Cette personne vous a déjà recommandé·e.",
  "vouchRequest.refusal.no-place": "Indiquez d’abord votre commune dans vos paramètres.",
} as const;
