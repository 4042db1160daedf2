/**
 * French messages of the site's frame: error pages by what was missing, the
 * footer and its pages (about, legal notice, privacy, contact). The long texts
 * of those pages are server-only (app/i18n/legal.server.ts).
 */
export const frSite = {
  "footer.nav": "Le site",
  "footer.about": "À propos",
  "footer.rules": "Règles",
  "footer.legal": "Mentions légales",
  "footer.privacy": "Confidentialité",
  "footer.contact": "Contact",
  "footer.sourceCode": "Code source (AGPL)",
  "error.notFound.question.title": "Question introuvable",
  "error.notFound.question.text": "Cette question n’existe pas ou a été supprimée.",
  "error.notFound.answer.title": "Réponse introuvable",
  "error.notFound.answer.text": "Cette réponse n’existe pas ou a été supprimée.",
  "error.notFound.place.title": "Commune introuvable",
  "error.notFound.place.text":
    "Nous ne connaissons pas cette commune. Cherchez-la par son nom ou son code postal depuis l’accueil.",
  "error.notFound.member.title": "Membre introuvable",
  "error.notFound.member.text": "Ce profil n’existe pas ou a été supprimé.",
  "error.notFound.conversation.title": "Conversation introuvable",
  "error.notFound.conversation.text":
    "Cette conversation n’existe pas, ou vous n’en faites pas partie.",
  "error.notFound.notification.title": "Notification introuvable",
  "error.notFound.notification.text": "Cette notification n’existe plus.",
  "error.notFound.listing.title": "Fiche introuvable",
  "error.notFound.listing.text": "Cette fiche de l’annuaire n’existe pas ou a été retirée.",
  "error.tooMany.title": "Trop de demandes",
  "error.tooMany.text": "Patientez quelques minutes avant de réessayer.",
} as const;
