/**
 * French messages of private messages: inbox, conversation, « Écrire », blocking (the reference).
 */
export const frPrivateMessages = {
  "nav.messages": "Messages",
  "nav.messagesUnread": {
    one: "Messages, {count} non lu",
    other: "Messages, {count} non lus",
  },
  "messages.title": "Messages",
  "messages.intro":
    "Vos conversations privées avec vos voisins. Seuls vous et votre voisin les lisez.",
  "messages.empty":
    "Aucune conversation pour l’instant. Pour écrire à un voisin, ouvrez son profil ou l’une de ses réponses et choisissez « Écrire ».",
  "messages.list": "Vos conversations",
  "messages.unread": {
    one: "{count} non lu",
    other: "{count} non lus",
  },
  "messages.you": "Vous : ",
  "messages.removed": "Message retiré par la modération",
  "messages.noMessage": "Pas encore de message.",
  "messages.with": "Conversation avec {name}",
  "messages.back": "Toutes les conversations",
  "messages.about": "À propos de :",
  "messages.sentByMe": "Vous",
  "messages.thread": "Messages échangés",
  "messages.reply": "Votre réponse",
  "messages.body": "Votre message",
  "messages.bodyHint": "Texte simple, 2 000 caractères au plus. Seul {name} le lira.",
  "messages.send": "Envoyer",
  "messages.error.required": "Écrivez votre message.",
  "messages.error.tooLong": "Votre message est trop long (2 000 caractères au plus).",
  "messages.formerMember": "Ce membre a quitté Coup de main : la conversation reste lisible.",
  "messages.block": "Bloquer {name}",
  "messages.blockHint":
    "Si vous bloquez {name}, cette personne ne pourra plus vous écrire. Vous pourrez la débloquer plus tard.",
  "messages.unblock": "Débloquer {name}",
  "messages.blockedNotice": "Vous avez bloqué {name} : ce membre ne peut plus vous écrire.",
  "messages.report": "Signaler cette conversation",
  "messages.new.title": "Écrire à {name}",
  "messages.new.intro":
    "Un message privé : seul {name} le lira. Pour une adresse ou un horaire, c’est l’endroit.",
  "messages.write": "Écrire à {name}",
  "messages.writeShort": "Écrire",
  "refusal.message-length": "Un message fait entre 1 et 2 000 caractères.",
  "refusal.message-self": "Vous ne pouvez pas vous écrire à vous-même.",
  "refusal.message-former-member":
    "Ce membre a quitté Coup de main : vous ne pouvez plus lui écrire.",
  "refusal.message-blocking": "Vous avez bloqué ce membre. Débloquez-le pour lui écrire.",
  "refusal.message-blocked": "Ce membre ne reçoit pas vos messages.",
} as const;
