/**
 * The emails' own text: subjects, greetings, account links, the notification
 * emails' button and footer, the daily digest. Server-only, so no page's
 * JavaScript carries it; the sentences emails share with pages (what a
 * notification says, the moderation rules) stay in the site's catalogues.
 */
import { formatMessage, type TranslateParams } from "./i18n";
import type { Locale, Translation } from "./messages";
// Emails also quote the site's messages (notification sentences, rule names).
import "./catalogues.server";

const frEmails = {
  "email.greeting": "Bonjour {firstName},",
  "email.verify.subject": "Confirmez votre adresse e-mail",
  "email.verify.intro":
    "Pour confirmer votre adresse e-mail sur Coup de main, ouvrez ce lien (valable 24 heures) :",
  "email.verify.button": "Confirmer mon adresse",
  "email.reset.subject": "Réinitialiser votre mot de passe",
  "email.reset.intro":
    "Pour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure). Vos autres sessions seront fermées.",
  "email.reset.button": "Choisir un nouveau mot de passe",
  "email.changed.subject": "L’adresse e-mail de votre compte a changé",
  "email.changed.intro":
    "L’adresse e-mail de votre compte Coup de main est désormais {email}. Les prochains messages iront là-bas ; celui-ci est le dernier envoyé à cette adresse.",
  "email.changed.undo":
    "Si vous n’êtes pas à l’origine de ce changement, annulez-le avec ce lien, valable jusqu’au {until} : votre adresse sera rétablie, toutes les sessions seront fermées et vous choisirez un nouveau mot de passe.",
  "email.changed.button": "Annuler ce changement",
  "email.changed.itWasMe": "Si c’est bien vous, il n’y a rien à faire.",
  "email.ignore": "Si vous n’êtes pas à l’origine de cette demande, ignorez simplement ce message.",
  "email.signature": "L’équipe de Coup de main",
  "emails.notification.button": "Voir sur Coup de main",
  "emails.footer.why":
    "Vous recevez cet e-mail parce que vous êtes membre de Coup de main. Il n’y a rien à répondre : c’est un envoi automatique.",
  "emails.footer.unsubscribeType": "Ne plus recevoir ce type d’e-mail",
  "emails.footer.unsubscribeDigest": "Ne plus recevoir le résumé quotidien",
  "emails.footer.settings": "Choisir les e-mails que vous recevez",
  "emails.digest.subject": {
    one: "Votre résumé Coup de main : {count} nouveauté près de chez vous",
    other: "Votre résumé Coup de main : {count} nouveautés près de chez vous",
  },
  "emails.digest.intro":
    "Voici ce qui s’est passé pour vous sur Coup de main depuis le dernier résumé.",
  "emails.digest.group.near": "Nouvelles questions près de chez vous",
  "emails.digest.group.posts": "Sur vos questions et réponses",
  "emails.digest.group.other": "Pour vous",
} as const;

export type EmailMessageKey = keyof typeof frEmails;

const enEmails: Translation<typeof frEmails> = {
  "email.greeting": "Hello {firstName},",
  "email.verify.subject": "Confirm your email address",
  "email.verify.intro":
    "To confirm your email address on Coup de main, open this link (valid for 24 hours):",
  "email.verify.button": "Confirm my address",
  "email.reset.subject": "Reset your password",
  "email.reset.intro":
    "To choose a new password, open this link (valid for 1 hour). Your other sessions will be signed out.",
  "email.reset.button": "Choose a new password",
  "email.changed.subject": "The email address of your account changed",
  "email.changed.intro":
    "The email address of your Coup de main account is now {email}. Emails will go there from now on; this is the last one sent to this address.",
  "email.changed.undo":
    "If you did not make this change, undo it with this link, valid until {until}: your address will be restored, every session signed out, and you will choose a new password.",
  "email.changed.button": "Undo this change",
  "email.changed.itWasMe": "If it was you, there is nothing to do.",
  "email.ignore": "If you did not ask for this, simply ignore this message.",
  "email.signature": "The Coup de main team",
  "emails.notification.button": "See it on Coup de main",
  "emails.footer.why":
    "You get this email because you are a member of Coup de main. No need to reply: it was sent automatically.",
  "emails.footer.unsubscribeType": "Stop emails of this kind",
  "emails.footer.unsubscribeDigest": "Stop the daily digest",
  "emails.footer.settings": "Choose which emails you get",
  "emails.digest.subject": {
    one: "Your Coup de main digest: {count} new thing near you",
    other: "Your Coup de main digest: {count} new things near you",
  },
  "emails.digest.intro": "Here is what happened for you on Coup de main since the last digest.",
  "emails.digest.group.near": "New questions near you",
  "emails.digest.group.posts": "On your questions and answers",
  "emails.digest.group.other": "For you",
};

export const emailCatalogues: Record<Locale, Translation<typeof frEmails>> = {
  fr: frEmails,
  en: enEmails,
};

/** An email's sentence in its recipient's language. */
export function translateEmail(locale: Locale, key: EmailMessageKey, params?: TranslateParams) {
  return formatMessage(locale, emailCatalogues[locale][key], params);
}
