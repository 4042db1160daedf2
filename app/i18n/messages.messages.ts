/** Messages of private messages: inbox, conversation, « Écrire », blocking (French reference, English below). */
export const frMessages = {
  "nav.messages": "Messages",
  "nav.messagesUnread.one": "Messages, 1 non lu",
  "nav.messagesUnread.other": "Messages, {count} non lus",
  "messages.title": "Messages",
  "messages.intro":
    "Vos conversations privées avec vos voisins. Seuls vous et votre voisin les lisez.",
  "messages.empty":
    "Aucune conversation pour l’instant. Pour écrire à un voisin, ouvrez son profil ou l’une de ses réponses et choisissez « Écrire ».",
  "messages.list": "Vos conversations",
  "messages.unread.one": "1 non lu",
  "messages.unread.other": "{count} non lus",
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
  "messages.blockHint": "{name} ne pourra plus vous écrire. Vous pourrez le débloquer plus tard.",
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
  "refusal.new-member-limit.question":
    "Pendant leurs premières 24 heures, les nouveaux membres peuvent poser {limit} questions. Vous pourrez en poser d’autres à partir de {hour} h {minute}.",
  "refusal.new-member-limit.answer":
    "Pendant leurs premières 24 heures, les nouveaux membres peuvent écrire {limit} réponses. Vous pourrez en écrire d’autres à partir de {hour} h {minute}.",
  "refusal.new-member-limit.message":
    "Pendant leurs premières 24 heures, les nouveaux membres peuvent envoyer {limit} messages. Vous pourrez en envoyer d’autres à partir de {hour} h {minute}.",
  "refusal.new-member-limit.question.later":
    "Pendant leurs premières 24 heures, les nouveaux membres peuvent poser {limit} questions. Réessayez demain.",
  "refusal.new-member-limit.answer.later":
    "Pendant leurs premières 24 heures, les nouveaux membres peuvent écrire {limit} réponses. Réessayez demain.",
  "refusal.new-member-limit.message.later":
    "Pendant leurs premières 24 heures, les nouveaux membres peuvent envoyer {limit} messages. Réessayez demain.",
  "refusal.new-member-links":
    "Pendant leurs premières 24 heures, les nouveaux membres peuvent mettre {limit} liens au plus par message. Retirez-en pour envoyer.",
} as const;

export const enMessages: Record<keyof typeof frMessages, string> = {
  "nav.messages": "Messages",
  "nav.messagesUnread.one": "Messages, 1 unread",
  "nav.messagesUnread.other": "Messages, {count} unread",
  "messages.title": "Messages",
  "messages.intro": "Your private conversations with your neighbours. Only you and they read them.",
  "messages.empty":
    "No conversation yet. To write to a neighbour, open their profile or one of their answers and choose “Write”.",
  "messages.list": "Your conversations",
  "messages.unread.one": "1 unread",
  "messages.unread.other": "{count} unread",
  "messages.you": "You: ",
  "messages.removed": "Message removed by moderation",
  "messages.noMessage": "No message yet.",
  "messages.with": "Conversation with {name}",
  "messages.back": "All conversations",
  "messages.about": "About:",
  "messages.sentByMe": "You",
  "messages.thread": "Messages exchanged",
  "messages.reply": "Your reply",
  "messages.body": "Your message",
  "messages.bodyHint": "Plain text, 2,000 characters at most. Only {name} will read it.",
  "messages.send": "Send",
  "messages.error.required": "Write your message.",
  "messages.error.tooLong": "Your message is too long (2,000 characters at most).",
  "messages.formerMember": "This member has left Coup de main: the conversation stays readable.",
  "messages.block": "Block {name}",
  "messages.blockHint":
    "{name} will no longer be able to write to you. You can unblock them later.",
  "messages.unblock": "Unblock {name}",
  "messages.blockedNotice": "You blocked {name}: they can no longer write to you.",
  "messages.report": "Report this conversation",
  "messages.new.title": "Write to {name}",
  "messages.new.intro":
    "A private message: only {name} will read it. The place for an address or a time.",
  "messages.write": "Write to {name}",
  "messages.writeShort": "Write",
  "refusal.message-length": "A message is 1 to 2,000 characters long.",
  "refusal.message-self": "You cannot write to yourself.",
  "refusal.message-former-member":
    "This member has left Coup de main: you can no longer write to them.",
  "refusal.message-blocking": "You blocked this member. Unblock them to write to them.",
  "refusal.message-blocked": "This member does not receive your messages.",
  "refusal.new-member-limit.question":
    "In their first 24 hours, new members can ask {limit} questions. You can ask more from {hour}:{minute}.",
  "refusal.new-member-limit.answer":
    "In their first 24 hours, new members can write {limit} answers. You can write more from {hour}:{minute}.",
  "refusal.new-member-limit.message":
    "In their first 24 hours, new members can send {limit} messages. You can send more from {hour}:{minute}.",
  "refusal.new-member-limit.question.later":
    "In their first 24 hours, new members can ask {limit} questions. Try again tomorrow.",
  "refusal.new-member-limit.answer.later":
    "In their first 24 hours, new members can write {limit} answers. Try again tomorrow.",
  "refusal.new-member-limit.message.later":
    "In their first 24 hours, new members can send {limit} messages. Try again tomorrow.",
  "refusal.new-member-links":
    "In their first 24 hours, new members can put {limit} links at most in a post. Remove some to send it.",
};
