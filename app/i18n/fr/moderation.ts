/**
 * French messages of moderation: reports, the queue, the public log, the rules, the first-day
 * limits (the reference).
 */
export const frModeration = {
  "moderation.tomorrowAt": "demain à {time}",
  "refusal.suspended":
    "Votre compte est suspendu jusqu’au {date} : vous pouvez lire, mais pas participer.",
  "refusal.question-locked":
    "Cette question est verrouillée par la modération : on ne peut plus y répondre, la commenter ni voter.",
  "refusal.new-member-limit.question": {
    by: "limit",
    one: "Pendant leurs premières 24 heures, les nouveaux membres peuvent poser {limit} question.",
    other:
      "Pendant leurs premières 24 heures, les nouveaux membres peuvent poser {limit} questions.",
  },
  "refusal.new-member-limit.answer": {
    by: "limit",
    one: "Pendant leurs premières 24 heures, les nouveaux membres peuvent écrire {limit} réponse.",
    other:
      "Pendant leurs premières 24 heures, les nouveaux membres peuvent écrire {limit} réponses.",
  },
  "refusal.new-member-limit.message": {
    by: "limit",
    one: "Pendant leurs premières 24 heures, les nouveaux membres peuvent envoyer {limit} message.",
    other:
      "Pendant leurs premières 24 heures, les nouveaux membres peuvent envoyer {limit} messages.",
  },
  "refusal.new-member-links": {
    by: "limit",
    one: "Pendant leurs premières 24 heures, les nouveaux membres peuvent mettre au plus {limit} lien par message.",
    other:
      "Pendant leurs premières 24 heures, les nouveaux membres peuvent mettre au plus {limit} liens par message.",
  },
  "refusal.new-member-until.question": "Vous pourrez en poser d’autres à partir de {when}.",
  "refusal.new-member-until.answer": "Vous pourrez en écrire d’autres à partir de {when}.",
  "refusal.new-member-until.message": "Vous pourrez en envoyer d’autres à partir de {when}.",
  "refusal.new-member-until.links": "Vous pourrez en mettre davantage à partir de {when}.",

  "flag.link": "Signaler",
  "flag.linkLabel.question": "Signaler cette question",
  "flag.linkLabel.answer": "Signaler cette réponse",
  "flag.linkLabel.comment": "Signaler ce commentaire",
  "flag.linkLabel.member": "Signaler ce profil",
  "flag.title": "Signaler",
  "flag.intro":
    "Dites-nous ce qui ne va pas. Votre signalement est anonyme : ni la personne concernée ni le public ne sauront qu’il vient de vous.",
  "flag.what.question": "Vous signalez la question « {title} ».",
  "flag.what.answer": "Vous signalez une réponse à la question « {title} ».",
  "flag.what.comment": "Vous signalez un commentaire sur la question « {title} ».",
  "flag.what.message": "Vous signalez un message privé.",
  "flag.what.conversation": "Vous signalez une conversation privée.",
  "flag.what.member": "Vous signalez le profil de {name}.",
  "flag.reason": "Pourquoi ?",
  "flag.reason.spam": "Spam ou publicité",
  "flag.reason.offensive": "Offensant",
  "flag.reason.dangerous": "Dangereux ou illégal",
  "flag.reason.off-topic": "Hors sujet",
  "flag.reason.other": "Autre",
  "flag.details": "Précisez",
  "flag.detailsHint": "Obligatoire pour « Autre », 500 caractères au plus.",
  "flag.reasonRequired": "Choisissez une raison.",
  "flag.detailsRequired": "Précisez ce qui ne va pas.",
  "flag.detailsTooLong": "500 caractères au plus.",
  "flag.submit": "Envoyer le signalement",
  "flag.back": "Retour",
  "flag.thanks": "Merci : votre signalement a été transmis à la modération.",
  "flag.thanksHidden":
    "Merci : après plusieurs signalements, ce contenu est masqué en attendant l’examen d’un·e modérateur·rice.",
  "flag.already": "Vous avez déjà signalé ce contenu : c’est bien noté, merci.",
  "flag.refusal.own-content": "Vous ne pouvez pas signaler ce que vous avez écrit vous-même.",
  "flag.refusal.other-needs-details": "Précisez ce qui ne va pas.",
  "flag.refusal.not-found": "Ce contenu n’existe pas ou n’est plus visible.",

  "moderation.title": "Modération",
  "moderation.intro":
    "Les contenus signalés dans les communes dont vous vous occupez, les contenus masqués d’abord. Les personnes qui signalent ne sont jamais nommées.",
  "moderation.ambassadorNote":
    "Les ambassadeurs peuvent rejeter les signalements, masquer, rétablir et verrouiller une question ; supprimer, suspendre un membre et retirer une vérification reviennent aux modérateurs.",
  "moderation.placeFilter": "Commune",
  "moderation.allPlaces": "Toutes mes communes",
  "moderation.filterSubmit": "Afficher",
  "moderation.empty": "Rien à examiner pour l’instant.",
  "moderation.forbidden":
    "Cette page est réservée aux modérateurs, aux ambassadeurs et aux administrateurs.",
  "moderation.kind.question": "Question",
  "moderation.kind.answer": "Réponse",
  "moderation.kind.comment": "Commentaire",
  "moderation.kind.message": "Message privé",
  "moderation.kind.conversation": "Conversation privée",
  "moderation.kind.member": "Membre",
  "moderation.state.pending-review": "Masqué en attendant votre examen",
  "moderation.state.hidden": "Masqué",
  "moderation.state.deleted": "Supprimé",
  "moderation.locked": "Question verrouillée",
  "moderation.author": "Auteur·rice : {name}",
  "moderation.place": "Commune : {place}",
  "moderation.weight": "Poids des signalements : {weight} (seuil : {threshold})",
  "moderation.reasons": "Raisons données",
  "moderation.reasonCount": "{reason} : {count}",
  "moderation.otherTexts": "Précisions données avec « Autre »",
  "moderation.openContent": "Voir le contenu",
  "moderation.readConversation": "Lire la conversation (la lecture est enregistrée)",
  "moderation.decisionFor": "Décision sur : {kind}",
  "moderation.decision": "Décision",
  "moderation.decision.dismiss": "Rejeter les signalements",
  "moderation.decision.hide": "Masquer",
  "moderation.decision.delete": "Supprimer",
  "moderation.decision.restore": "Rétablir",
  "moderation.decision.lock": "Verrouiller la question",
  "moderation.decision.unlock": "Déverrouiller la question",
  "moderation.decision.suspend": "Suspendre le membre",
  "moderation.decision.revoke-verification": "Retirer la vérification",
  "moderation.rule": "Règle",
  "moderation.rule.spam": "Spam",
  "moderation.rule.offensive": "Contenu offensant",
  "moderation.rule.dangerous": "Dangereux ou illégal",
  "moderation.rule.off-topic": "Hors sujet",
  "moderation.rule.personal-data": "Données personnelles",
  "moderation.rule.other": "Autre",
  "moderation.reason": "Motif montré à l’auteur·rice (facultatif)",
  "moderation.days": "Durée de la suspension",
  "moderation.days.1": "1 jour",
  "moderation.days.7": "7 jours",
  "moderation.days.30": "30 jours",
  "moderation.submit": "Appliquer la décision",
  "moderation.done": "Décision enregistrée et publiée dans le journal de modération.",
  "moderation.invalid": "Choisissez une décision et une règle.",
  "moderation.refusal.not-found": "Ce contenu n’existe plus.",
  "moderation.refusal.not-allowed": "Vous ne pouvez pas prendre cette décision ici.",
  "moderation.refusal.not-applicable": "Cette décision ne s’applique pas à ce contenu.",
  "moderation.publicLogLink": "Journal public de modération de {place}",
  "moderation.rulesLink": "Les règles de modération",
  "moderation.conversation.title": "Conversation signalée",
  "moderation.conversation.between": "Entre {names}",
  "moderation.conversation.logged":
    "Vous lisez cette conversation parce qu’elle a été signalée : votre lecture est enregistrée.",
  "moderation.conversation.reported": "Signalé",
  "moderation.conversation.empty": "Aucun message.",
  "moderation.conversation.back": "Retour à la file de modération",
  "moderation.notice.pending-review.question.mine":
    "Votre question est masquée en attendant l’examen d’un·e modérateur·rice, après des signalements de voisins (règle : {rule}).",
  "moderation.notice.pending-review.question.others":
    "Cette question est masquée en attendant l’examen d’un·e modérateur·rice (règle : {rule}).",
  "moderation.notice.pending-review.answer.mine":
    "Votre réponse est masquée en attendant l’examen d’un·e modérateur·rice, après des signalements de voisins (règle : {rule}).",
  "moderation.notice.pending-review.answer.others":
    "Cette réponse est masquée en attendant l’examen d’un·e modérateur·rice (règle : {rule}).",
  "moderation.notice.hidden.question.mine":
    "Votre question a été masquée par la modération (règle : {rule}).",
  "moderation.notice.hidden.question.others":
    "Cette question a été masquée par la modération (règle : {rule}).",
  "moderation.notice.hidden.answer.mine":
    "Votre réponse a été masquée par la modération (règle : {rule}).",
  "moderation.notice.hidden.answer.others":
    "Cette réponse a été masquée par la modération (règle : {rule}).",
  "moderation.notice.deleted.question.mine":
    "Votre question a été supprimée par la modération (règle : {rule}).",
  "moderation.notice.deleted.question.others":
    "Cette question a été supprimée par la modération (règle : {rule}).",
  "moderation.notice.deleted.answer.mine":
    "Votre réponse a été supprimée par la modération (règle : {rule}).",
  "moderation.notice.deleted.answer.others":
    "Cette réponse a été supprimée par la modération (règle : {rule}).",
  "moderation.notice.reason": "Motif : {reason}",
  "moderation.lockedNotice":
    "Cette question est verrouillée par la modération : plus de nouvelles réponses, de commentaires ni de votes.",

  "log.title": "Journal de modération · {place}",
  "log.intro":
    "Chaque décision de modération prise à {place} : quoi, quand, selon quelle règle et par quel rôle. Les personnes qui signalent et les modérateurs ne sont jamais nommés, et le contenu retiré n’est pas montré.",
  "log.empty": "Aucune décision de modération à {place} pour l’instant.",
  "log.entries": "Décisions",
  "log.action.auto-hide": "Masqué en attendant un examen",
  "log.action.dismiss": "Signalements rejetés",
  "log.action.hide": "Masqué",
  "log.action.delete": "Supprimé",
  "log.action.restore": "Rétabli",
  "log.action.lock": "Verrouillé",
  "log.action.unlock": "Déverrouillé",
  "log.action.suspend": "Suspendu",
  "log.action.revoke-verification": "Vérification retirée",
  "log.target.question": "une question",
  "log.target.answer": "une réponse",
  "log.target.comment": "un commentaire",
  "log.target.message": "un message privé",
  "log.target.conversation": "une conversation privée",
  "log.target.member": "un membre",
  "log.role.moderator": "un·e modérateur·rice",
  "log.role.ambassador": "un·e ambassadeur·rice",
  "log.role.admin": "un·e administrateur·rice",
  "log.role.community": "la communauté",
  "log.rule": "règle : {rule}",
  "log.by": "par {role}",
  "log.suspension": {
    by: "days",
    one: "pour {days} jour",
    other: "pour {days} jours",
  },
  "log.see": "voir",
  "log.older": "Décisions plus anciennes",
  "log.newer": "Décisions plus récentes",
  "log.pages": "Pages du journal",
  "log.placeLink": "Journal de modération de {place}",
  "log.queueLink": "File de modération",

  "rules.title": "Les règles de la modération",
  "rules.intro":
    "Coup de main est un lieu d’entraide entre voisins, sous leurs vrais noms. La modération est faite par des voisins de la commune, à visage découvert dans un journal public. Voici ce qui est retiré, par qui, et comment.",
  "rules.rulesTitle": "Ce qui n’a pas sa place ici",
  "rules.rule.spam":
    "Spam : publicité non sollicitée, messages répétés, liens sans rapport avec la question.",
  "rules.rule.offensive":
    "Contenu offensant : insultes, harcèlement, propos haineux ou discriminatoires, attaques personnelles.",
  "rules.rule.dangerous":
    "Dangereux ou illégal : conseils qui mettent en danger, vente de choses interdites, menaces.",
  "rules.rule.off-topic": "Hors sujet : ce qui n’a rien à voir avec l’entraide entre voisins.",
  "rules.rule.personal-data":
    "Données personnelles : l’adresse, le téléphone ou la vie privée de quelqu’un sans son accord.",
  "rules.rule.other": "Autre : tout autre problème, expliqué en quelques mots.",
  "rules.flagsTitle": "Les signalements",
  "rules.flags":
    "Chaque membre qui a confirmé son e-mail peut signaler un contenu, une fois. Un signalement d’un voisin vérifié compte 1, celui d’un membre non vérifié 0,5, avec un bonus de 0,5 à partir de 250 points de réputation et de 1 à partir de 1 000. Quand les signalements atteignent 3, le contenu est masqué en attendant qu’un·e modérateur·rice l’examine. Un profil n’est jamais masqué automatiquement.",
  "rules.whoTitle": "Qui décide",
  "rules.who":
    "Les modérateurs et les ambassadeurs d’une commune s’occupent des signalements de leur commune, les administrateurs de toutes. Les ambassadeurs peuvent rejeter les signalements, masquer, rétablir et verrouiller une question ; supprimer, suspendre un membre pour 1, 7 ou 30 jours et retirer une vérification reviennent aux modérateurs.",
  "rules.authorTitle": "Ce que voit l’auteur·rice",
  "rules.author":
    "L’auteur·rice d’un contenu retiré le voit toujours, à sa place, avec la règle appliquée et le motif donné, et reçoit une notification. Les autres ne le voient plus.",
  "rules.logTitle": "Le journal public",
  "rules.log":
    "Chaque décision est inscrite dans le journal de modération de la commune : la date, la décision, le type de contenu, la règle et le rôle de qui l’a prise. Ni les personnes qui signalent ni les modérateurs n’y sont nommés.",
  "rules.newMembersTitle": "Les premières 24 heures",
  "rules.newMembers":
    "Pendant les 24 heures qui suivent la confirmation de son e-mail, un nouveau membre peut poser 3 questions, écrire 10 réponses et envoyer 20 messages, avec au plus 2 liens par message.",
  "rules.privateTitle": "Les conversations privées",
  "rules.private":
    "Les messages privés ne sont lus que par leurs deux membres. Quand l’un d’eux signale la conversation, les modérateurs de sa commune peuvent la lire tant que le signalement est ouvert, et chaque lecture est enregistrée.",
} as const;
