/** French messages of account security: the password asked again, the undoing of an address change. */
export const frAccountSecurity = {
  "reauth.title": "Confirmez votre mot de passe",
  "reauth.intro":
    "Pour votre sécurité, cette action demande votre mot de passe quand vous ne l’avez pas saisi depuis plus de 10 minutes.",
  "reauth.submit": "Confirmer",
  "reauth.cancel": "Revenir sans confirmer",
  "reauth.needed":
    "Pour votre sécurité, confirmez votre mot de passe avant de faire cela : vous ne l’avez pas saisi depuis plus de 10 minutes.",
  "reauth.link": "Confirmer mon mot de passe",
  "refusal.wrong-password": "Ce mot de passe n’est pas le bon.",
  "refusal.undo-link-invalid":
    "Ce lien d’annulation n’est plus valable : il a déjà servi, a expiré ou a été remplacé.",
  "refusal.undo-superseded":
    "Un changement d’adresse plus ancien peut encore être annulé : utilisez le lien envoyé à l’adresse d’avant ce changement-là.",
  "undoEmail.title": "Annuler le changement d’adresse e-mail",
  "undoEmail.text":
    "L’adresse de votre compte redeviendra {email}. Toutes les sessions seront fermées et vous choisirez un nouveau mot de passe : l’actuel ne marchera plus.",
  "undoEmail.submit": "Annuler le changement",
  "undoEmail.done":
    "Votre ancienne adresse est rétablie et toutes les sessions sont fermées. Choisissez un nouveau mot de passe.",
} as const;
