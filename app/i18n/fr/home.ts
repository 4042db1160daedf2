/**
 * French messages of the everyday home: « Autour de moi », following a
 * commune, the welcome path after sign-up and personal invitations (the reference).
 */
export const frHome = {
  "home.around.title": "Autour de moi",
  "home.around.titleOf": "Autour de {place}",
  "home.around.where": "{place} et à moins de {radius} km",
  "home.around.help": "Demandes d’aide en cours",
  "home.around.questions": "Nouvelles questions",
  "home.around.placePage": "Toute l’entraide à {place}",
  "home.around.remembered": "Vous voyez ce qui se passe autour de {place}.",
  "home.around.changePlace": "Changer de commune",
  "home.around.answers": "Nouvelles réponses dans vos discussions",
  "home.around.answerIn": "{name} a répondu à « {question} »",
  "notification.invitation-accepted":
    "{actor} a rejoint Coup de main grâce à votre invitation : vous pouvez vous porter garant·e en un geste",
  "emails.type.invitation-accepted": "Un voisin invité a rejoint Coup de main",
  "refusal.too-many-invitations":
    "Vous avez déjà 10 liens d’invitation en cours : retirez-en un avant d’en créer un autre.",
  "refusal.invitation-email-unverified":
    "Confirmez d’abord votre adresse e-mail pour inviter vos voisins.",
  "place.follow": "Suivre {place}",
  "place.unfollow": "Ne plus suivre {place}",
  "place.following": "Vous suivez {place} : ses nouvelles questions arrivent dans votre résumé.",
  "place.followingAround":
    "Vous suivez {place} et ses alentours ({radius} km) : les nouvelles questions arrivent dans votre résumé.",
  "invitations.welcome":
    "{name} vous invite à rejoindre Coup de main, l’entraide entre voisins. Bienvenue !",
  "invitations.title": "Inviter des voisins",
  "invitations.intro":
    "Envoyez votre lien personnel à un voisin. Quand il aura rejoint Coup de main, vous en serez prévenu·e et pourrez vous porter garant·e pour lui en un geste, si vous êtes vous-même voisin·e vérifié·e près de chez lui.",
  "invitations.joined": "Voisins arrivés grâce à vous",
  "invitations.links": "Vos liens d’invitation",
  "invitations.linkLabel": "Votre lien d’invitation personnel",
  "invitations.share": "Partager le lien",
  "invitations.copy": "Copier le lien",
  "invitations.copied": "Lien copié : collez-le dans un message à votre voisin.",
  "invitations.copyByHand": "Sélectionnez le lien ci-dessus pour le copier.",
  "invitations.shareTitle": "Rejoignez-moi sur Coup de main",
  "invitations.shareText": "L’entraide entre voisins : je vous invite à nous rejoindre.",
  "invitations.expires": "Valable jusqu’au {date}, pour un seul voisin.",
  "invitations.revoke": "Retirer ce lien",
  "invitations.revoked": "Le lien est retiré : il ne fonctionne plus.",
  "invitations.notFound": "Ce lien n’existe pas ou ne fonctionne déjà plus.",
  "invitations.create": "Créer mon lien d’invitation",
  "invitations.createAnother": "Créer un autre lien",
  "invitations.created": "Votre lien est prêt : envoyez-le à un voisin.",
  "invitations.vouch": "Je me porte garant·e pour {name}",
  "onboarding.title": "Bienvenue",
  "onboarding.progress": "Étape {step} sur {total}",
  "onboarding.skip": "Passer cette étape",
  "onboarding.next": "Continuer",
  "onboarding.finish": "Terminer et voir ce qui se passe autour de moi",
  "onboarding.commune.title": "Votre commune",
  "onboarding.commune.intro":
    "Où habitez-vous, et jusqu’où voulez-vous voir les demandes de vos voisins ?",
  "onboarding.commune.radius": "Autour de chez moi",
  "onboarding.commune.follow":
    "Vous suivez votre commune et ses alentours : les nouvelles questions arrivent dans votre résumé quotidien. Vous pourrez changer cela dans vos suivis.",
  "onboarding.commune.submit": "Enregistrer et continuer",
  "onboarding.aide.title": "Ce que vous pouvez faire pour vos voisins",
  "onboarding.aide.intro":
    "Bricolage, jardinage, informatique, démarches, garde d’enfants, cuisine… Chacun sait faire quelque chose qui rend service.",
  "onboarding.aide.answer":
    "Le plus simple pour commencer : répondez à une question près de chez vous. Vos voisins sauront ainsi qu’ils peuvent compter sur vous.",
  "onboarding.aide.profile": "Compléter mon profil : présentation, photo",
  "onboarding.aide.skills": "Je peux aider pour… (jusqu’à {max})",
  "onboarding.aide.where":
    "Vos voisins vous trouveront dans « Qui peut m’aider ? ». Vous pourrez changer cela, et ajouter une présentation et une photo, dans votre profil.",
  "onboarding.verification.title": "Faire vérifier votre voisinage",
  "onboarding.verification.done": "Votre voisinage est déjà vérifié : rien à faire ici.",
  "onboarding.verification.unlocksTitle": "Ce que la vérification vous permet",
  "onboarding.verification.unlocks.badge":
    "le badge « Voisin·e vérifié·e » à côté de votre nom, qui inspire confiance ;",
  "onboarding.verification.unlocks.vote": "voter « Utile » pour les réponses qui aident ;",
  "onboarding.verification.unlocks.vouch":
    "vous porter garant·e pour vos voisins, et les aider à être vérifiés à leur tour ;",
  "onboarding.verification.unlocks.more":
    "avec l’expérience, voter pour fermer une question et améliorer celles des autres.",
  "onboarding.verification.already":
    "Sans attendre, vous pouvez déjà poser des questions, répondre, commenter et écrire à vos voisins.",
  "onboarding.verification.nearTitle":
    "Qui peut vous vérifier près de {place} (à moins de {radius} km)",
  "onboarding.verification.ambassadorsIntro":
    "Les ambassadeurs vérifient les habitants de leur commune et confient des codes aux lieux partenaires (mairie, café, association). Écrivez-leur :",
  "onboarding.verification.noAmbassador":
    "Pas encore d’ambassadeur près de chez vous : demandez à deux voisins vérifiés.",
  "onboarding.verification.vouchHow":
    "Il suffit que {count} voisins vérifiés qui vous connaissent se portent garants pour vous. Ouvrez leur profil et demandez-le-leur :",
  "onboarding.verification.noNeighbour":
    "Aucun voisin vérifié n’habite encore à moins de 5 km : invitez ceux que vous connaissez, à l’étape suivante.",
  "onboarding.verification.where": "{place}, {distance} km",
  "onboarding.verification.write": "Écrire à {name}",
  "onboarding.verification.code": "J’ai un code d’un lieu partenaire",
  "onboarding.inviter.title": "Invitez un voisin",
  "onboarding.inviter.manage": "Voir tous mes liens d’invitation",
} as const;
