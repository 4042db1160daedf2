/**
 * The message catalogue: every string a person reads goes through here.
 * French is the reference; English must have every key (the type checks it).
 * `{name}` placeholders are filled by `translate`.
 */
export const fr = {
  "app.name": "Coup de main",
  "app.tagline": "L’entraide entre voisins",
  "app.description":
    "Demandez un coup de main à vos voisins, répondez-leur, et retrouvez ce que les gens d’à côté ont déjà conseillé.",
  "nav.skipToContent": "Aller au contenu",
  "nav.home": "Accueil",
  "language.label": "Langue",
  "language.fr": "Français",
  "language.en": "English",
  "footer.places": "Communes : données Etalab (découpage administratif) et GeoNames (CC BY 4.0).",
  "footer.source": "Logiciel libre",
  "home.title": "Trouvez de l’aide près de chez vous",
  "home.intro":
    "Un plombier qui prend de nouveaux clients, une échelle à emprunter, une crèche avec des places, un coup de main pour un dossier CAF : vos voisins savent, et s’entraident.",
  "home.choosePlace": "Choisissez votre commune",
  "placeChooser.label": "Commune ou code postal",
  "placeChooser.placeholder": "Ex. : Donges, 44480",
  "placeChooser.submit": "Rechercher",
  "placeChooser.hint": "Tapez le début du nom ou le code postal.",
  "placeChooser.noResults": "Aucune commune trouvée.",
  "placeChooser.resultsCount": "{count} communes trouvées, utilisez les flèches pour choisir.",
  "placeChooser.oneResult": "1 commune trouvée, appuyez sur Entrée pour la choisir.",
  "placeSearch.title": "Choisir une commune",
  "placeSearch.resultsFor": "Communes pour « {query} »",
  "placeSearch.empty":
    "Aucune commune ne correspond à « {query} ». Vérifiez l’orthographe ou essayez le code postal.",
  "placeSearch.tooLong": "Votre recherche est trop longue (100 caractères au plus).",
  "placeSearch.prompt": "Tapez le nom de votre commune ou son code postal.",
  "place.department": "{department} ({code})",
  "place.population": "{population} habitants",
  "place.populationUnknown": "Population inconnue",
  "place.postalCodes": "Code postal : {codes}",
  "place.approximateNote":
    "Le centre de cette commune est estimé à partir des communes voisines : les distances sont approximatives.",
  "place.moreNeighbours": "… et {count} autres communes.",
  "place.arrondissementOf": "Arrondissement de {city}",
  "place.neighbours": "Communes voisines",
  "place.neighboursWithin": "À moins de {radius} km",
  "place.radius": "Rayon",
  "place.radiusApply": "Afficher",
  "place.noNeighbours": "Aucune commune à moins de {radius} km.",
  "place.distance": "{distance} km",
  "place.distanceApprox": "≈ {distance} km",
  "place.departmentNote":
    "Nous ne connaissons pas encore la position précise de cette commune : nous ne pouvons pas encore montrer ses voisines.",
  "place.questionsSoon":
    "Bientôt ici : les questions et réponses des habitants de {name} et des environs.",
  "error.notFound.title": "Page introuvable",
  "error.notFound.text": "Cette page n’existe pas ou a été déplacée.",
  "error.generic.title": "Un problème est survenu",
  "error.generic.text":
    "Désolés, quelque chose s’est mal passé de notre côté. Réessayez dans un instant.",
  "error.backHome": "Retour à l’accueil",
  "error.badRequest.title": "Demande invalide",
  "error.badRequest.text": "Cette demande n’est pas possible ici.",
  "email.greeting": "Bonjour {firstName},",
  "email.verify.subject": "Confirmez votre adresse e-mail",
  "email.verify.intro":
    "Pour confirmer votre adresse e-mail sur Coup de main, ouvrez ce lien (valable 24 heures) :",
  "email.verify.button": "Confirmer mon adresse",
  "email.reset.subject": "Réinitialiser votre mot de passe",
  "email.reset.intro":
    "Pour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure). Vos autres sessions seront fermées.",
  "email.reset.button": "Choisir un nouveau mot de passe",
  "email.ignore": "Si vous n’êtes pas à l’origine de cette demande, ignorez simplement ce message.",
  "email.signature": "L’équipe de Coup de main",
  "mailbox.title": "Boîte aux lettres de développement",
  "mailbox.notice":
    "Sans SMTP_URL, les e-mails sont gardés ici au lieu d’être envoyés. Cette page n’existe pas en production.",
  "mailbox.empty": "Aucun message pour l’instant.",
  "mailbox.to": "À : {to}",
} as const;

export type MessageKey = keyof typeof fr;

export const en: Record<MessageKey, string> = {
  "app.name": "Coup de main",
  "app.tagline": "Neighbours helping neighbours",
  "app.description":
    "Ask your neighbours for a hand, answer them, and find what people nearby have already advised.",
  "nav.skipToContent": "Skip to content",
  "nav.home": "Home",
  "language.label": "Language",
  "language.fr": "Français",
  "language.en": "English",
  "footer.places": "Places: Etalab data (découpage administratif) and GeoNames (CC BY 4.0).",
  "footer.source": "Free software",
  "home.title": "Find help near you",
  "home.intro":
    "A plumber taking new clients, a ladder to borrow, a crèche with places, a hand with a CAF form: your neighbours know, and help each other.",
  "home.choosePlace": "Choose your town",
  "placeChooser.label": "Town or postal code",
  "placeChooser.placeholder": "E.g. Donges, 44480",
  "placeChooser.submit": "Search",
  "placeChooser.hint": "Type the start of the name or the postal code.",
  "placeChooser.noResults": "No town found.",
  "placeChooser.resultsCount": "{count} towns found, use the arrow keys to choose.",
  "placeChooser.oneResult": "1 town found, press Enter to choose it.",
  "placeSearch.title": "Choose a town",
  "placeSearch.resultsFor": "Towns for “{query}”",
  "placeSearch.empty": "No town matches “{query}”. Check the spelling or try the postal code.",
  "placeSearch.tooLong": "Your search is too long (100 characters at most).",
  "placeSearch.prompt": "Type the name of your town or its postal code.",
  "place.department": "{department} ({code})",
  "place.population": "{population} inhabitants",
  "place.populationUnknown": "Population unknown",
  "place.postalCodes": "Postal code: {codes}",
  "place.approximateNote":
    "This town’s centre is estimated from nearby towns: distances are approximate.",
  "place.moreNeighbours": "… and {count} more towns.",
  "place.arrondissementOf": "Arrondissement of {city}",
  "place.neighbours": "Neighbouring towns",
  "place.neighboursWithin": "Within {radius} km",
  "place.radius": "Radius",
  "place.radiusApply": "Show",
  "place.noNeighbours": "No town within {radius} km.",
  "place.distance": "{distance} km",
  "place.distanceApprox": "≈ {distance} km",
  "place.departmentNote":
    "We do not know this town’s precise position yet, so we cannot show its neighbours.",
  "place.questionsSoon": "Coming soon: questions and answers from the people of {name} and around.",
  "error.notFound.title": "Page not found",
  "error.notFound.text": "This page does not exist or has moved.",
  "error.generic.title": "Something went wrong",
  "error.generic.text": "Sorry, something went wrong on our side. Please try again in a moment.",
  "error.backHome": "Back to the home page",
  "error.badRequest.title": "Invalid request",
  "error.badRequest.text": "This request is not possible here.",
  "email.greeting": "Hello {firstName},",
  "email.verify.subject": "Confirm your email address",
  "email.verify.intro":
    "To confirm your email address on Coup de main, open this link (valid for 24 hours):",
  "email.verify.button": "Confirm my address",
  "email.reset.subject": "Reset your password",
  "email.reset.intro":
    "To choose a new password, open this link (valid for 1 hour). Your other sessions will be signed out.",
  "email.reset.button": "Choose a new password",
  "email.ignore": "If you did not ask for this, simply ignore this message.",
  "email.signature": "The Coup de main team",
  "mailbox.title": "Development mailbox",
  "mailbox.notice":
    "Without SMTP_URL, emails are kept here instead of being sent. This page does not exist in production.",
  "mailbox.empty": "No messages yet.",
  "mailbox.to": "To: {to}",
};

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

export const catalogues: Record<Locale, Record<MessageKey, string>> = { fr, en };
