/** French messages of listing claims and management (the reference). */
export const frListings = {
  "claim.title": "Revendiquer « {name} »",
  "claim.intro":
    "Vous gérez ce lieu ? Dites-nous votre rôle : un·e ambassadeur·rice ou modérateur·rice de {place} vérifiera (rappel par téléphone, visite ou document) avant de vous confier la fiche.",
  "claim.role": "Votre rôle",
  "claim.roleHint": "Par exemple : gérante, président de l’association, trésorier.",
  "claim.roleRequired": "Indiquez votre rôle (2 caractères au moins).",
  "claim.message": "Comment vous joindre pour vérifier (facultatif)",
  "claim.messageHint":
    "Un numéro où vous rappeler, un horaire de passage : seule l’équipe de la commune le lit.",
  "claim.submit": "Envoyer la demande",
  "claim.pending":
    "Votre demande est en attente : l’équipe de {place} vous contactera pour vérifier.",
  "claim.alreadyManager": "Vous gérez déjà cette fiche.",
  "claim.needsVerification":
    "Pour revendiquer une fiche, faites d’abord vérifier votre quartier : l’équipe de la commune sait ainsi qui elle rappelle.",
  "claim.howToVerify": "Faire vérifier mon quartier",
  "claim.checkRequired": "Indiquez comment vous avez vérifié.",
  "claim.noteRequired": "Notez ce que vous avez vérifié.",
  "claim.reasonRequired": "Indiquez la raison (5 caractères au moins) : elle sera publique.",

  "claims.title": "Fiches à vérifier",
  "claims.pending": {
    one: "{count} demande en attente",
    other: "{count} demandes en attente",
  },
  "claims.nonePending": "Aucune demande en attente.",
  "claims.claimBy": "Demande de {name} pour {listing}",
  "claims.who": "« {role} », demandé le {date} par",
  "claims.checkLabel": "Vérification faite",
  "claims.checkChoose": "Choisir…",
  "claims.check.phone-callback": "Rappel au numéro public du lieu",
  "claims.check.visit": "Visite sur place",
  "claims.check.document": "Document vu (Kbis, statuts, procès-verbal)",
  "claims.note": "Note de vérification",
  "claims.noteHint": "Pour l’équipe seulement : qui vous avez eu, quand, ce que vous avez vu.",
  "claims.approve": "Approuver",
  "claims.refuse": "Refuser",
  "claims.approved": "Demande approuvée : la fiche a un nouveau gérant.",
  "claims.refused": "Demande refusée.",
  "claims.managers": "Gérants des fiches",
  "claims.noManagers": "Aucune fiche n’a encore de gérant.",
  "claims.managerOf": "{name}, gérant de {listing}",
  "claims.revokeReason": "Raison du retrait",
  "claims.revokeHint": "Publique : elle paraît dans le journal de modération de la commune.",
  "claims.revoke": "Retirer la gestion",
  "claims.revoked": "Gestion retirée ; le journal de modération l’indique.",
  "ambassador.claimsLink": "Fiches à vérifier et gérants",

  "listing.newTitle": "Ajouter un lieu à l’annuaire",
  "listing.newIntro":
    "Une association, un commerce, un tiers-lieu manque à l’annuaire ? Ajoutez-le : vous en deviendrez gérant après la vérification de l’équipe de la commune.",
  "listing.name": "Nom",
  "listing.category": "Catégorie",
  "listing.create": "Ajouter et revendiquer",
  "directory.addListing": "Un lieu manque ? Ajoutez-le",
  "listing.manage": "Gérer la fiche",
  "listing.manageTitle": "Gérer « {name} »",
  "listing.description": "Présentation",
  "listing.descriptionHint": "Markdown accepté : listes, liens, gras.",
  "listing.contact": "Contact",
  "listing.email": "E-mail de contact",
  "listing.emailHint":
    "Jamais affiché : les messages des voisins vous parviennent par un formulaire.",
  "listing.street": "Rue et numéro",
  "listing.postalCode": "Code postal",
  "listing.addressPublic":
    "Afficher l’adresse sur la fiche (local commercial, lieu ouvert au public)",
  "listing.soleTraderHint":
    "Entreprise individuelle : l’adresse n’est affichée que si vous cochez la case.",
  "listing.save": "Enregistrer",
  "listing.saved": "Fiche enregistrée.",
  "listing.revisions": "Modifications",
  "listing.noRevisions": "Aucune modification pour l’instant.",
  "listing.revisionBy": "par {name}",
  "listing.formerMember": "un ancien membre",
  "listing.phoneInvalid": "Un numéro de téléphone : chiffres, espaces, points ou +.",
  "listing.websiteInvalid": "Une adresse web complète, commençant par https://.",
  "listing.emailInvalid": "Une adresse e-mail valide.",
  "listing.postalCodeInvalid": "Un code postal de 5 chiffres.",
  "listing.categoryRequired": "Choisissez une catégorie.",

  "hours.form.weeklyHint":
    "Deux créneaux par jour (une pause à midi) ; laissez vide un jour de fermeture. Une fermeture avant l’ouverture (22:00 – 02:00) finit le lendemain.",
  "hours.form.opens": "Ouverture {n}",
  "hours.form.closes": "Fermeture {n}",
  "hours.form.special": "Jours fériés et fermetures exceptionnelles",
  "hours.form.specialHint":
    "Sans horaires, le lieu est fermé ces jours-là ; avec des horaires, ils remplacent ceux de la semaine.",
  "hours.form.specialRow": "Jour particulier {n}",
  "hours.form.from": "Du",
  "hours.form.through": "Au (facultatif)",
  "hours.form.reason": "Motif",
  "hours.form.specialOpens": "Ouverture (facultatif)",
  "hours.form.specialCloses": "Fermeture (facultatif)",
  "hours.form.timeInvalid": "Une heure comme 09:30.",
  "hours.form.dayInvalid": "Une date valide.",
  "hours.form.bothTimes": "Indiquez l’ouverture et la fermeture.",
  "hours.form.throughBeforeFrom": "La fin vient après le début.",

  "log.action.revoke-claim": "Gestion d’une fiche retirée",
  "log.action.merge-listing": "Fiche en double fusionnée avec une autre",
  "log.reason": "motif : {reason}",
  "log.target.organisation": "une fiche de l’annuaire",
  "notification.moderation.revoke-claim": "gestion de la fiche retirée ({rule})",
  "notification.moderation.merge-listing": "fiche fusionnée avec une autre ({rule})",

  "notification.claim-approved":
    "Votre demande est approuvée : vous gérez désormais la fiche, complétez-la (horaires, contact, présentation)",
  "notification.claim-refused":
    "Votre demande de gestion d’une fiche n’a pas été retenue par l’équipe de la commune",
  "emails.type.claim-approved": "Ma demande de gestion d’une fiche est approuvée",
  "emails.type.claim-refused": "Ma demande de gestion d’une fiche est refusée",
  "refusal.claim-needs-verified-neighbour":
    "Faites d’abord vérifier votre quartier pour revendiquer une fiche.",
  "refusal.claim-exists": "Vous avez déjà une demande en cours ou gérez déjà cette fiche.",
  "refusal.claim-not-pending": "Cette demande a déjà été traitée.",
  "refusal.claim-not-approved": "Ce membre ne gère plus cette fiche.",
  "refusal.not-listing-staff":
    "Seule l’équipe (ambassadeurs, modérateurs) de la commune de la fiche peut faire cela.",
  "refusal.listing-already-merged": "Cette fiche a déjà été fusionnée avec une autre.",
  "refusal.merge-into-itself": "Choisissez une autre fiche que celle-ci.",
  "refusal.merge-target-unavailable":
    "La fiche à garder n’existe pas ou a elle-même été fusionnée avec une autre.",
  "refusal.merge-partnership-running":
    "Cette fiche a un partenariat en cours ou à venir : terminez-le d’abord, puis fusionnez.",
  "refusal.merge-deals-live":
    "Cette fiche a des bons plans en cours ou à venir : retirez-les d’abord, puis fusionnez.",
  "refusal.listing-without-manager": "Cette fiche n’a pas encore de gérant pour vous répondre.",
  "contact.title": "Écrire à « {name} »",
  "contact.intro":
    "Votre message parvient aux gérants de la fiche, dans leurs messages ; leur réponse arrivera dans les vôtres. Leur adresse e-mail n’est jamais affichée.",
  "contact.label": "Votre message",
  "contact.sent": {
    one: "Message envoyé au gérant de la fiche. Sa réponse arrivera dans vos messages.",
    other:
      "Message envoyé aux {count} gérants de la fiche. Leurs réponses arriveront dans vos messages.",
  },
  "contact.link": "Écrire aux gérants",
  "contact.noManager": "Cette fiche n’a pas encore de gérant : personne ne lirait votre message.",
  "refusal.not-listing-manager": "Seuls les gérants de la fiche peuvent la modifier.",
} as const;
