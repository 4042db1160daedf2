/** Messages of moderation: reports, the queue, the public log, the rules, the first-day limits (French reference, English below). */
export const frModeration = {
  "moderation.tomorrowAt": "demain à {time}",
  "refusal.suspended":
    "Votre compte est suspendu jusqu’au {date} : vous pouvez lire, mais pas participer.",
  "refusal.question-locked":
    "Cette question est verrouillée par la modération : on ne peut plus y répondre, la commenter ni voter.",
  "refusal.new-member-limit.question":
    "Pendant leurs premières 24 heures, les nouveaux membres peuvent poser {limit} questions.",
  "refusal.new-member-limit.answer":
    "Pendant leurs premières 24 heures, les nouveaux membres peuvent écrire {limit} réponses.",
  "refusal.new-member-limit.message":
    "Pendant leurs premières 24 heures, les nouveaux membres peuvent envoyer {limit} messages.",
  "refusal.new-member-links":
    "Pendant leurs premières 24 heures, les nouveaux membres peuvent mettre au plus {limit} liens par message.",
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
  "log.suspension.one": "pour 1 jour",
  "log.suspension.other": "pour {days} jours",
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

export const enModeration: Record<keyof typeof frModeration, string> = {
  "moderation.tomorrowAt": "tomorrow at {time}",
  "refusal.suspended": "Your account is suspended until {date}: you can read, but not take part.",
  "refusal.question-locked":
    "This question is locked by the moderators: no more answers, comments or votes.",
  "refusal.new-member-limit.question":
    "In their first 24 hours, new members can ask {limit} questions.",
  "refusal.new-member-limit.answer":
    "In their first 24 hours, new members can write {limit} answers.",
  "refusal.new-member-limit.message":
    "In their first 24 hours, new members can send {limit} messages.",
  "refusal.new-member-links":
    "In their first 24 hours, new members can put at most {limit} links in a post.",
  "refusal.new-member-until.question": "You can ask more from {when}.",
  "refusal.new-member-until.answer": "You can write more from {when}.",
  "refusal.new-member-until.message": "You can send more from {when}.",
  "refusal.new-member-until.links": "You can add more from {when}.",

  "flag.link": "Report",
  "flag.linkLabel.question": "Report this question",
  "flag.linkLabel.answer": "Report this answer",
  "flag.linkLabel.comment": "Report this comment",
  "flag.linkLabel.member": "Report this profile",
  "flag.title": "Report",
  "flag.intro":
    "Tell us what is wrong. Your report is anonymous: neither the person concerned nor the public will know it came from you.",
  "flag.what.question": "You are reporting the question “{title}”.",
  "flag.what.answer": "You are reporting an answer to the question “{title}”.",
  "flag.what.comment": "You are reporting a comment on the question “{title}”.",
  "flag.what.message": "You are reporting a private message.",
  "flag.what.conversation": "You are reporting a private conversation.",
  "flag.what.member": "You are reporting the profile of {name}.",
  "flag.reason": "Why?",
  "flag.reason.spam": "Spam or advertising",
  "flag.reason.offensive": "Offensive",
  "flag.reason.dangerous": "Dangerous or illegal",
  "flag.reason.off-topic": "Off topic",
  "flag.reason.other": "Other",
  "flag.details": "Details",
  "flag.detailsHint": "Required for “Other”, 500 characters at most.",
  "flag.reasonRequired": "Choose a reason.",
  "flag.detailsRequired": "Say what is wrong.",
  "flag.detailsTooLong": "500 characters at most.",
  "flag.submit": "Send the report",
  "flag.back": "Back",
  "flag.thanks": "Thank you: your report was passed on to the moderators.",
  "flag.thanksHidden":
    "Thank you: after several reports, this content is hidden until a moderator reviews it.",
  "flag.already": "You already reported this: it is noted, thank you.",
  "flag.refusal.own-content": "You cannot report what you wrote yourself.",
  "flag.refusal.other-needs-details": "Say what is wrong.",
  "flag.refusal.not-found": "This content does not exist or is no longer visible.",

  "moderation.title": "Moderation",
  "moderation.intro":
    "Reported content in the towns you look after, hidden content first. People who report are never named.",
  "moderation.ambassadorNote":
    "Ambassadors can dismiss reports, hide, restore and lock a question; deleting, suspending a member and revoking a verification are for moderators.",
  "moderation.placeFilter": "Town",
  "moderation.allPlaces": "All my towns",
  "moderation.filterSubmit": "Show",
  "moderation.empty": "Nothing to review for now.",
  "moderation.forbidden": "This page is for moderators, ambassadors and administrators.",
  "moderation.kind.question": "Question",
  "moderation.kind.answer": "Answer",
  "moderation.kind.comment": "Comment",
  "moderation.kind.message": "Private message",
  "moderation.kind.conversation": "Private conversation",
  "moderation.kind.member": "Member",
  "moderation.state.pending-review": "Hidden until you review it",
  "moderation.state.hidden": "Hidden",
  "moderation.state.deleted": "Deleted",
  "moderation.locked": "Question locked",
  "moderation.author": "Author: {name}",
  "moderation.place": "Town: {place}",
  "moderation.weight": "Weight of the reports: {weight} (threshold: {threshold})",
  "moderation.reasons": "Reasons given",
  "moderation.reasonCount": "{reason}: {count}",
  "moderation.otherTexts": "Details given with “Other”",
  "moderation.openContent": "See the content",
  "moderation.readConversation": "Read the conversation (the reading is logged)",
  "moderation.decisionFor": "Decision on: {kind}",
  "moderation.decision": "Decision",
  "moderation.decision.dismiss": "Dismiss the reports",
  "moderation.decision.hide": "Hide",
  "moderation.decision.delete": "Delete",
  "moderation.decision.restore": "Restore",
  "moderation.decision.lock": "Lock the question",
  "moderation.decision.unlock": "Unlock the question",
  "moderation.decision.suspend": "Suspend the member",
  "moderation.decision.revoke-verification": "Revoke the verification",
  "moderation.rule": "Rule",
  "moderation.rule.spam": "Spam",
  "moderation.rule.offensive": "Offensive content",
  "moderation.rule.dangerous": "Dangerous or illegal",
  "moderation.rule.off-topic": "Off topic",
  "moderation.rule.personal-data": "Personal data",
  "moderation.rule.other": "Other",
  "moderation.reason": "Reason shown to the author (optional)",
  "moderation.days": "Length of the suspension",
  "moderation.days.1": "1 day",
  "moderation.days.7": "7 days",
  "moderation.days.30": "30 days",
  "moderation.submit": "Apply the decision",
  "moderation.done": "Decision recorded and published in the moderation log.",
  "moderation.invalid": "Choose a decision and a rule.",
  "moderation.refusal.not-found": "This content no longer exists.",
  "moderation.refusal.not-allowed": "You cannot take this decision here.",
  "moderation.refusal.not-applicable": "This decision does not apply to this content.",
  "moderation.publicLogLink": "Public moderation log of {place}",
  "moderation.rulesLink": "The moderation rules",
  "moderation.conversation.title": "Reported conversation",
  "moderation.conversation.between": "Between {names}",
  "moderation.conversation.logged":
    "You are reading this conversation because it was reported: your reading is logged.",
  "moderation.conversation.reported": "Reported",
  "moderation.conversation.empty": "No messages.",
  "moderation.conversation.back": "Back to the moderation queue",
  "moderation.notice.pending-review.question.mine":
    "Your question is hidden until a moderator reviews it, after neighbours reported it (rule: {rule}).",
  "moderation.notice.pending-review.question.others":
    "This question is hidden until a moderator reviews it (rule: {rule}).",
  "moderation.notice.pending-review.answer.mine":
    "Your answer is hidden until a moderator reviews it, after neighbours reported it (rule: {rule}).",
  "moderation.notice.pending-review.answer.others":
    "This answer is hidden until a moderator reviews it (rule: {rule}).",
  "moderation.notice.hidden.question.mine":
    "Your question was hidden by the moderators (rule: {rule}).",
  "moderation.notice.hidden.question.others":
    "This question was hidden by the moderators (rule: {rule}).",
  "moderation.notice.hidden.answer.mine":
    "Your answer was hidden by the moderators (rule: {rule}).",
  "moderation.notice.hidden.answer.others":
    "This answer was hidden by the moderators (rule: {rule}).",
  "moderation.notice.deleted.question.mine":
    "Your question was deleted by the moderators (rule: {rule}).",
  "moderation.notice.deleted.question.others":
    "This question was deleted by the moderators (rule: {rule}).",
  "moderation.notice.deleted.answer.mine":
    "Your answer was deleted by the moderators (rule: {rule}).",
  "moderation.notice.deleted.answer.others":
    "This answer was deleted by the moderators (rule: {rule}).",
  "moderation.notice.reason": "Reason: {reason}",
  "moderation.lockedNotice":
    "This question is locked by the moderators: no more answers, comments or votes.",

  "log.title": "Moderation log · {place}",
  "log.intro":
    "Every moderation decision taken in {place}: what, when, under which rule and by which role. People who report and moderators are never named, and removed content is not shown.",
  "log.empty": "No moderation decision in {place} yet.",
  "log.entries": "Decisions",
  "log.action.auto-hide": "Hidden pending review",
  "log.action.dismiss": "Reports dismissed",
  "log.action.hide": "Hidden",
  "log.action.delete": "Deleted",
  "log.action.restore": "Restored",
  "log.action.lock": "Locked",
  "log.action.unlock": "Unlocked",
  "log.action.suspend": "Suspended",
  "log.action.revoke-verification": "Verification revoked",
  "log.target.question": "a question",
  "log.target.answer": "an answer",
  "log.target.comment": "a comment",
  "log.target.message": "a private message",
  "log.target.conversation": "a private conversation",
  "log.target.member": "a member",
  "log.role.moderator": "a moderator",
  "log.role.ambassador": "an ambassador",
  "log.role.admin": "an administrator",
  "log.role.community": "the community",
  "log.rule": "rule: {rule}",
  "log.by": "by {role}",
  "log.suspension.one": "for 1 day",
  "log.suspension.other": "for {days} days",
  "log.see": "see",
  "log.older": "Older decisions",
  "log.newer": "Newer decisions",
  "log.pages": "Log pages",
  "log.placeLink": "Moderation log of {place}",
  "log.queueLink": "Moderation queue",

  "rules.title": "The moderation rules",
  "rules.intro":
    "Coup de main is a place for neighbours to help each other, under their real names. Moderation is done by neighbours of the town, openly, in a public log. Here is what gets removed, by whom, and how.",
  "rules.rulesTitle": "What does not belong here",
  "rules.rule.spam":
    "Spam: unsolicited advertising, repeated messages, links unrelated to the question.",
  "rules.rule.offensive":
    "Offensive content: insults, harassment, hateful or discriminatory words, personal attacks.",
  "rules.rule.dangerous":
    "Dangerous or illegal: advice that puts people at risk, sale of forbidden things, threats.",
  "rules.rule.off-topic": "Off topic: anything unrelated to neighbours helping each other.",
  "rules.rule.personal-data":
    "Personal data: someone’s address, phone number or private life without their consent.",
  "rules.rule.other": "Other: any other problem, explained in a few words.",
  "rules.flagsTitle": "Reports",
  "rules.flags":
    "Every member with a confirmed email can report content, once. A verified neighbour’s report weighs 1, an unverified member’s 0.5, with a bonus of 0.5 from 250 reputation points and 1 from 1,000. When the reports reach 3, the content is hidden until a moderator reviews it. A profile is never hidden automatically.",
  "rules.whoTitle": "Who decides",
  "rules.who":
    "The moderators and ambassadors of a town handle its reports, administrators those of every town. Ambassadors can dismiss reports, hide, restore and lock a question; deleting, suspending a member for 1, 7 or 30 days and revoking a verification are for moderators.",
  "rules.authorTitle": "What the author sees",
  "rules.author":
    "The author of removed content still sees it, in place, with the rule applied and the reason given, and gets a notification. Others no longer see it.",
  "rules.logTitle": "The public log",
  "rules.log":
    "Every decision goes into the town’s moderation log: the date, the decision, the kind of content, the rule and the role of who took it. Neither the people who report nor the moderators are named.",
  "rules.newMembersTitle": "The first 24 hours",
  "rules.newMembers":
    "In the 24 hours after confirming their email, a new member can ask 3 questions, write 10 answers and send 20 messages, with at most 2 links per post.",
  "rules.privateTitle": "Private conversations",
  "rules.private":
    "Private messages are read only by their two members. When one of them reports the conversation, the moderators of their town can read it while the report is open, and each reading is logged.",
};
