import type { Translation } from "#app/i18n/messages";
import type { frPrivateMessages } from "#app/i18n/fr/private-messages";

/**
 * English messages of private messages: inbox, conversation, « Écrire », blocking; same keys as
 * fr/private-messages.ts.
 */
export const enPrivateMessages: Translation<typeof frPrivateMessages> = {
  "nav.messages": "Messages",
  "nav.messagesUnread": {
    one: "Messages, {count} unread",
    other: "Messages, {count} unread",
  },
  "messages.title": "Messages",
  "messages.intro": "Your private conversations with your neighbours. Only you and they read them.",
  "messages.empty":
    "No conversation yet. To write to a neighbour, open their profile or one of their answers and choose “Write”.",
  "messages.list": "Your conversations",
  "messages.unread": {
    one: "{count} unread",
    other: "{count} unread",
  },
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
    "If you block {name}, they will no longer be able to write to you. You can unblock them later.",
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
};
