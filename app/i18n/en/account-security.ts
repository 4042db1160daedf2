import type { Translation } from "#app/i18n/messages";
import type { frAccountSecurity } from "#app/i18n/fr/account-security";

/** English messages of account security. */
export const enAccountSecurity: Translation<typeof frAccountSecurity> = {
  "reauth.title": "Confirm your password",
  "reauth.intro":
    "For your security, this action asks for your password when you have not typed it for more than 10 minutes.",
  "reauth.submit": "Confirm",
  "reauth.cancel": "Go back without confirming",
  "reauth.needed":
    "For your security, confirm your password before doing this: you have not typed it for more than 10 minutes.",
  "reauth.link": "Confirm my password",
  "refusal.wrong-password": "This password is not the right one.",
  "refusal.undo-link-invalid":
    "This undo link no longer works: it was used already, has expired or was replaced.",
  "refusal.undo-superseded":
    "An earlier change of address can still be undone: use the link sent to the address from before that change.",
  "undoEmail.title": "Undo the change of email address",
  "undoEmail.text":
    "Your account’s address will be {email} again. Every session will be signed out and you will choose a new password: the current one will stop working.",
  "undoEmail.submit": "Undo the change",
  "undoEmail.done":
    "Your former address is back and every session is signed out. Choose a new password.",
};
