/**
 * The long texts of the footer's pages (about, legal notice, privacy), in
 * each language. Server-only, like the emails' text: the browser gets a
 * page's sections with its data, never every page in its catalogue.
 * `[words](/path)` in a paragraph is a link (components/site-page.tsx).
 *
 * The privacy policy describes what the code really stores and keeps: when
 * a table, a log or a retention period changes, change it here too.
 */
import type { Locale } from "./messages";
import type { SitePage } from "./site-page";

export type SitePageName = "about" | "legal" | "privacy" | "contact";

/** The settings a page may quote (app/server/env.server.ts, legalSettings). */
export type SitePageSettings = {
  publisherName: string | null;
  publisherAddress: string | null;
  contactEmail: string | null;
  director: string | null;
  host: string | null;
  sourceCodeUrl: string;
};

export function sitePage(locale: Locale, name: SitePageName, settings: SitePageSettings): SitePage {
  return (locale === "en" ? english : french)[name](settings);
}

type Pages = Record<SitePageName, (settings: SitePageSettings) => SitePage>;

const mailto = (address: string) => `[${address}](mailto:${address})`;

const french: Pages = {
  about: ({ publisherName, sourceCodeUrl }) => ({
    title: "À propos de Coup de main",
    lead: "Coup de main, c’est l’entraide entre voisins : demander un coup de main aux gens d’à côté, leur répondre, et retrouver ce qu’ils ont déjà conseillé.",
    sections: [
      {
        heading: "À quoi ça sert",
        paragraphs: [
          "Un plombier qui prend de nouveaux clients, une échelle à emprunter, une place en crèche, un dossier CAF à remplir : vos voisins savent. Posez votre question à votre commune et aux communes voisines ; ceux qui savent répondent, et la réponse reste, pour le prochain qui cherchera la même chose.",
          "Chacun peut lire et [chercher](/search) ce que les voisins ont déjà dit. Pour publier, il faut un compte et une adresse e-mail confirmée ; pour certaines actions, être reconnu comme voisin de sa commune ([comment se faire vérifier](/verification)).",
        ],
      },
      {
        heading: "Qui s’en occupe",
        paragraphs: [
          publisherName
            ? `Ce site est publié par ${publisherName} ([mentions légales](/mentions-legales)).`
            : "L’éditeur de ce site n’a pas encore indiqué son nom ([mentions légales](/mentions-legales)).",
          "Des voisins bénévoles veillent au respect des [règles de la communauté](/moderation/regles) : chacun peut signaler un message, et les modérateurs décident en suivant ces règles.",
        ],
      },
      {
        heading: "Un logiciel libre",
        paragraphs: [
          `Coup de main est un logiciel libre sous licence AGPL 3.0 ou ultérieure : son [code source](${sourceCodeUrl}) est ouvert à tous, et quiconque le fait tourner doit offrir le sien à ses visiteurs.`,
          "La liste des communes vient des données d’Etalab (découpage administratif) et de GeoNames (CC BY 4.0).",
        ],
      },
    ],
  }),
  legal: ({ publisherName, publisherAddress, contactEmail, director, host, sourceCodeUrl }) => {
    const unset = (setting: string) => `Non renseigné par l’éditeur du site (réglage ${setting}).`;
    return {
      title: "Mentions légales",
      lead: "Les informations que la loi pour la confiance dans l’économie numérique (LCEN, article 6) demande à tout site publié en France.",
      sections: [
        {
          heading: "Éditeur",
          paragraphs: [
            publisherName ?? unset("LEGAL_PUBLISHER_NAME"),
            publisherAddress ?? unset("LEGAL_PUBLISHER_ADDRESS"),
          ],
        },
        {
          heading: "Directeur de la publication",
          paragraphs: [director ?? unset("LEGAL_DIRECTOR")],
        },
        {
          heading: "Contact",
          paragraphs: [
            contactEmail ? mailto(contactEmail) : unset("LEGAL_CONTACT_EMAIL"),
            "Pour signaler un contenu, utilisez le lien « Signaler » sous le message : c’est le plus rapide.",
          ],
        },
        { heading: "Hébergeur", paragraphs: [host ?? unset("LEGAL_HOST")] },
        {
          heading: "Contenus et logiciel",
          paragraphs: [
            "Les questions, réponses et commentaires sont écrits par les membres, qui en restent responsables ; ils sont modérés selon les [règles de la communauté](/moderation/regles).",
            `Le logiciel est libre (AGPL 3.0 ou ultérieure) : [code source](${sourceCodeUrl}). Données des communes : Etalab et GeoNames (CC BY 4.0).`,
          ],
        },
      ],
    };
  },
  privacy: ({ contactEmail }) => ({
    title: "Confidentialité",
    lead: "Ce que Coup de main garde sur vous, pourquoi, combien de temps, et comment le récupérer ou l’effacer. Aucune publicité, aucun pistage, aucune donnée vendue ; pas de cookie de mesure d’audience.",
    sections: [
      {
        heading: "Votre compte",
        paragraphs: [
          "Votre prénom, votre nom, votre adresse e-mail, votre commune, votre langue et votre mot de passe (jamais en clair : seulement une empreinte Argon2). Pourquoi : vous connecter, vous écrire, et montrer à vos voisins d’où vous parlez. Les visiteurs ne voient que votre prénom et l’initiale de votre nom (« Camille D. »), jamais votre adresse e-mail ni votre adresse postale, que nous ne demandons pas.",
          "Les changements de nom sont notés (les membres se connaissent sous leur vrai nom), de même que la façon dont vous avez été vérifié comme voisin et qui s’est porté garant de vous. Un changement d’adresse e-mail garde l’ancienne et la nouvelle adresse, pour que l’ancienne puisse l’annuler.",
          "Combien de temps : tant que le compte existe.",
        ],
      },
      {
        heading: "Ce que vous publiez",
        paragraphs: [
          "Questions, réponses, commentaires, votes, remerciements, leurs versions successives, et la position arrondie à environ 500 m si vous avez choisi de la donner. Pourquoi : c’est le service. Combien de temps : tant que vous ne les supprimez pas. Quand vous supprimez votre compte, ce que vous avez écrit reste à sa place, signé « Ancien membre », sans votre nom.",
          "Les photos que vous ajoutez sont réenregistrées sans leurs métadonnées (position GPS, appareil) et effacées avec le message ou le compte.",
        ],
      },
      {
        heading: "Messages privés",
        paragraphs: [
          "Les messages échangés avec un autre membre, et les membres que vous avez bloqués. Ils restent pour l’autre membre si vous supprimez votre compte (signés « Ancien membre »). Un modérateur ne lit une conversation que si elle lui est signalée, et chaque lecture est enregistrée.",
        ],
      },
      {
        heading: "Connexions et sécurité",
        paragraphs: [
          "Un cookie de session vous garde connecté 30 jours, prolongés quand vous revenez ; les autres cookies ne retiennent que vos choix (la langue), aucun ne sert à vous suivre. Pour chaque session, nous gardons le navigateur utilisé (pour vous la montrer dans vos paramètres et vous laisser la fermer), pas votre adresse IP.",
          "Pour freiner les abus (essais de mots de passe, envois en masse), nous comptons les tentatives par adresse IP et par compte, sur des périodes de 10 minutes à 24 heures. Ces compteurs ne contiennent ni le contenu de vos demandes ni votre navigation.",
          "Les liens envoyés par e-mail (confirmation d’adresse, nouveau mot de passe) sont gardés sous forme d’empreinte, valables 24 heures ou 1 heure, et effacés avec le compte.",
        ],
      },
      {
        heading: "E-mails",
        paragraphs: [
          "Les e-mails de votre compte (confirmation d’adresse, nouveau mot de passe) passent par une file d’envoi dont chaque ligne est effacée une fois l’e-mail parti. Les notifications et le résumé quotidien sont ceux que vous avez choisis dans [vos paramètres](/parametres/notifications), et chaque e-mail a un lien pour se désabonner.",
          "Vos notifications sur le site (une réponse, un message, une question près de chez vous) restent dans [votre liste](/notifications).",
        ],
      },
      {
        heading: "Sauvegardes",
        paragraphs: [
          "Si l’éditeur du site les a activées, des copies de la base de données et des photos sont faites régulièrement et les plus anciennes effacées (7 copies par défaut). Une donnée effacée du site disparaît donc aussi des sauvegardes quand la dernière copie qui la contenait est remplacée.",
        ],
      },
      {
        heading: "Vos droits",
        paragraphs: [
          "Dans [vos paramètres](/parametres), « Télécharger mes données » vous donne un fichier avec tout ce que nous gardons sur vous, et « Supprimer mon compte » efface vos données personnelles aussitôt.",
          contactEmail
            ? `Pour toute question, ou pour exercer vos droits d’accès, de rectification, d’opposition et d’effacement (RGPD) : ${mailto(contactEmail)}. Vous pouvez aussi saisir la CNIL.`
            : "Pour toute question, ou pour exercer vos droits d’accès, de rectification, d’opposition et d’effacement (RGPD), écrivez à l’éditeur du site ([mentions légales](/mentions-legales)). Vous pouvez aussi saisir la CNIL.",
        ],
      },
    ],
  }),
  contact: ({ contactEmail }) => ({
    title: "Contact",
    lead: contactEmail
      ? `Pour écrire à l’équipe du site : ${mailto(contactEmail)}. Nous répondons en quelques jours.`
      : "L’éditeur de ce site n’a pas encore indiqué d’adresse de contact (réglage LEGAL_CONTACT_EMAIL). En attendant, voici où trouver de l’aide.",
    sections: [
      {
        heading: "Un message pose problème",
        paragraphs: [
          "Utilisez le lien « Signaler » sous le message ou sur le profil : les modérateurs de votre secteur le verront, selon les [règles de la communauté](/moderation/regles).",
        ],
      },
      {
        heading: "Votre compte",
        paragraphs: [
          "Mot de passe oublié : [recevez un lien](/mot-de-passe-oublie). Votre adresse e-mail, votre nom, vos sessions, vos données : tout se change dans [vos paramètres](/parametres).",
        ],
      },
      {
        heading: "Le logiciel",
        paragraphs: [
          "Une idée, un bug ? Coup de main est un logiciel libre : voyez le lien « Code source » en bas de chaque page.",
        ],
      },
    ],
  }),
};

const english: Pages = {
  about: ({ publisherName, sourceCodeUrl }) => ({
    title: "About Coup de main",
    lead: "Coup de main is neighbours helping neighbours: ask the people next door for a hand, answer them, and find what they already advised.",
    sections: [
      {
        heading: "What it is for",
        paragraphs: [
          "A plumber taking new clients, a ladder to borrow, a place at a nursery, a form to fill in: your neighbours know. Ask your town and the towns around it; those who know answer, and the answer stays for the next person looking for the same thing.",
          "Anyone can read and [search](/search) what neighbours already said. Posting needs an account and a confirmed email address; some actions need you to be recognised as a neighbour of your town ([how to get verified](/verification)).",
        ],
      },
      {
        heading: "Who runs it",
        paragraphs: [
          publisherName
            ? `This site is published by ${publisherName} ([legal notice](/mentions-legales)).`
            : "The publisher of this site has not given their name yet ([legal notice](/mentions-legales)).",
          "Volunteer neighbours look after the [community rules](/moderation/regles): anyone can report a post, and moderators decide by those rules.",
        ],
      },
      {
        heading: "Free software",
        paragraphs: [
          `Coup de main is free software under the AGPL 3.0 or later: its [source code](${sourceCodeUrl}) is open to all, and whoever runs it must offer theirs to their visitors.`,
          "The list of places comes from Etalab data (découpage administratif) and GeoNames (CC BY 4.0).",
        ],
      },
    ],
  }),
  legal: ({ publisherName, publisherAddress, contactEmail, director, host, sourceCodeUrl }) => {
    const unset = (setting: string) =>
      `Not filled in by the site's publisher (setting ${setting}).`;
    return {
      title: "Legal notice",
      lead: "The information French law (LCEN, article 6) asks of every site published in France.",
      sections: [
        {
          heading: "Publisher",
          paragraphs: [
            publisherName ?? unset("LEGAL_PUBLISHER_NAME"),
            publisherAddress ?? unset("LEGAL_PUBLISHER_ADDRESS"),
          ],
        },
        { heading: "Director of publication", paragraphs: [director ?? unset("LEGAL_DIRECTOR")] },
        {
          heading: "Contact",
          paragraphs: [
            contactEmail ? mailto(contactEmail) : unset("LEGAL_CONTACT_EMAIL"),
            "To report a post, use the “Report” link under it: that is the quickest way.",
          ],
        },
        { heading: "Host", paragraphs: [host ?? unset("LEGAL_HOST")] },
        {
          heading: "Content and software",
          paragraphs: [
            "Questions, answers and comments are written by members, who remain responsible for them; they are moderated by the [community rules](/moderation/regles).",
            `The software is free (AGPL 3.0 or later): [source code](${sourceCodeUrl}). Places data: Etalab and GeoNames (CC BY 4.0).`,
          ],
        },
      ],
    };
  },
  privacy: ({ contactEmail }) => ({
    title: "Privacy",
    lead: "What Coup de main keeps about you, why, for how long, and how to get it or erase it. No ads, no tracking, no data sold; no analytics cookie.",
    sections: [
      {
        heading: "Your account",
        paragraphs: [
          "Your first and last name, email address, town, language and password (never in clear: only an Argon2 hash). Why: to sign you in, write to you, and show your neighbours where you speak from. Visitors only see your first name and initial (“Camille D.”), never your email address nor your postal address, which we do not ask for.",
          "Name changes are logged (members know each other by their real names), as is how you were verified as a neighbour and who vouched for you. An email address change keeps the old and the new address, so that the old one can undo it.",
          "For how long: as long as the account exists.",
        ],
      },
      {
        heading: "What you post",
        paragraphs: [
          "Questions, answers, comments, votes, thanks, their successive versions, and the position rounded to about 500 m if you chose to give it. Why: that is the service. For how long: until you delete them. When you delete your account, what you wrote stays in place, signed “Former member”, without your name.",
          "The photos you add are saved again without their metadata (GPS position, camera) and erased with the post or the account.",
        ],
      },
      {
        heading: "Private messages",
        paragraphs: [
          "The messages exchanged with another member, and the members you blocked. They stay for the other member if you delete your account (signed “Former member”). A moderator reads a conversation only when it is reported to them, and every reading is logged.",
        ],
      },
      {
        heading: "Sign-ins and security",
        paragraphs: [
          "A session cookie keeps you signed in for 30 days, extended when you come back; the other cookies only remember your choices (the language), none tracks you. For each session we keep the browser used (to show it in your settings and let you close it), not your IP address.",
          "To curb abuse (password guessing, mass sending), we count attempts per IP address and per account, over periods of 10 minutes to 24 hours. These counters hold neither what you asked nor where you browsed.",
          "Links sent by email (address confirmation, new password) are kept as hashes, valid for 24 hours or 1 hour, and erased with the account.",
        ],
      },
      {
        heading: "Emails",
        paragraphs: [
          "Your account's emails (address confirmation, new password) go through a sending queue whose rows are erased once the email has left. Notifications and the daily digest are those you chose in [your settings](/parametres/notifications), and every email has an unsubscribe link.",
          "Your notifications on the site (an answer, a message, a question near you) stay in [your list](/notifications).",
        ],
      },
      {
        heading: "Backups",
        paragraphs: [
          "If the site's publisher turned them on, copies of the database and photos are made regularly and the oldest erased (7 copies by default). Data erased from the site thus also leaves the backups when the last copy holding it is replaced.",
        ],
      },
      {
        heading: "Your rights",
        paragraphs: [
          "In [your settings](/parametres), “Download my data” gives you a file with everything we keep about you, and “Delete my account” erases your personal data at once.",
          contactEmail
            ? `For any question, or to exercise your rights of access, correction, objection and erasure (GDPR): ${mailto(contactEmail)}. You may also complain to the CNIL.`
            : "For any question, or to exercise your rights of access, correction, objection and erasure (GDPR), write to the site's publisher ([legal notice](/mentions-legales)). You may also complain to the CNIL.",
        ],
      },
    ],
  }),
  contact: ({ contactEmail }) => ({
    title: "Contact",
    lead: contactEmail
      ? `To write to the site's team: ${mailto(contactEmail)}. We answer within a few days.`
      : "The publisher of this site has not given a contact address yet (setting LEGAL_CONTACT_EMAIL). Meanwhile, here is where to find help.",
    sections: [
      {
        heading: "A post is a problem",
        paragraphs: [
          "Use the “Report” link under the post or on the profile: your area's moderators will see it, by the [community rules](/moderation/regles).",
        ],
      },
      {
        heading: "Your account",
        paragraphs: [
          "Forgot your password: [get a link](/mot-de-passe-oublie). Your email address, name, sessions and data: everything changes in [your settings](/parametres).",
        ],
      },
      {
        heading: "The software",
        paragraphs: [
          "An idea, a bug? Coup de main is free software: see the “Source code” link at the bottom of every page.",
        ],
      },
    ],
  }),
};
