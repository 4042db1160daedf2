/**
 * French messages of the address confirmation: the page that stops a member
 * who has not confirmed yet, the banner, and the page of a link that no longer
 * works, each with a way to get a new link.
 */
export const frAccountConfirmation = {
  "confirm.pendingText":
    "Nous avons envoyé un lien à {email}. Ouvrez-le pour confirmer votre adresse : vous pourrez alors publier. Il reste valable 24 heures.",
  "confirm.notReceived": "Rien reçu ? Regardez dans les indésirables, ou demandez un nouveau lien.",
  "confirm.wrongAddress": "Ce n’est pas la bonne adresse ?",
  "confirm.changeAddress": "Changez-la dans vos paramètres",
  "confirm.resendButton": "Recevoir un nouveau lien",
  "confirm.resent":
    "Un nouveau lien vient de partir vers {email}. Il remplace les précédents et reste valable 24 heures.",
  "confirm.bannerAction": "Recevoir un nouveau lien",
  "confirm.expiredTitle": "Ce lien ne fonctionne plus",
  "confirm.expiredText":
    "Ce lien de confirmation a déjà servi ou a expiré (il reste valable 24 heures). Demandez-en un nouveau : il arrivera en quelques instants.",
  "confirm.alreadyConfirmed":
    "Votre adresse e-mail est déjà confirmée : vous n’avez rien d’autre à faire.",
  "confirm.byEmailIntro":
    "Indiquez l’adresse e-mail de votre compte : si elle attend encore d’être confirmée, nous y enverrons un nouveau lien.",
  "confirm.byEmailSent":
    "Si un compte attend une confirmation à l’adresse {email}, un nouveau lien vient d’y être envoyé. Pensez à regarder dans les indésirables.",
} as const;
