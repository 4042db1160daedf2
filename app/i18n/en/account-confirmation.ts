import type { Translation } from "#app/i18n/messages";
import type { frAccountConfirmation } from "#app/i18n/fr/account-confirmation";

/** English messages of the address confirmation; same keys as fr/account-confirmation.ts. */
export const enAccountConfirmation: Translation<typeof frAccountConfirmation> = {
  "confirm.pendingText":
    "We sent a link to {email}. Open it to confirm your address: you can then post. It stays valid for 24 hours.",
  "confirm.notReceived": "Nothing arrived? Look in your spam folder, or ask for a new link.",
  "confirm.wrongAddress": "Not the right address?",
  "confirm.changeAddress": "Change it in your settings",
  "confirm.resendButton": "Get a new link",
  "confirm.resent":
    "A new link is on its way to {email}. It replaces the previous ones and stays valid for 24 hours.",
  "confirm.bannerAction": "Get a new link",
  "confirm.expiredTitle": "This link no longer works",
  "confirm.expiredText":
    "This confirmation link was already used or has expired (it stays valid for 24 hours). Ask for a new one: it will arrive in a moment.",
  "confirm.alreadyConfirmed":
    "Your email address is already confirmed: there is nothing else to do.",
  "confirm.byEmailIntro":
    "Enter your account's email address: if it still awaits confirmation, we will send a new link there.",
  "confirm.byEmailSent":
    "If an account awaits confirmation at {email}, a new link was just sent there. Remember to look in your spam folder.",
};
