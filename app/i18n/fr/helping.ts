/** French messages of what neighbours can help with: profiles, « Qui peut m’aider ? », photos (the reference). */
export const frHelping = {
  "helpProfile.title": "Ce que je peux faire pour mes voisins",
  "helpProfile.settingsLink": "Votre profil : présentation, savoir-faire et photo",
  "helpProfile.intro":
    "Ce que vous indiquez ici est public : vos voisins vous trouvent par « Qui peut m’aider ? ». Les visiteurs ne voient que votre prénom, l’initiale de votre nom et votre commune.",
  "helpProfile.bio": "Quelques mots sur vous",
  "helpProfile.bioHint":
    "{max} caractères au plus, en texte simple. Par exemple : « Retraité, j’ai un atelier et du temps le samedi. »",
  "helpProfile.bioTooLong": "Pas plus de {max} caractères.",
  "helpProfile.skills": "Je peux aider pour…",
  "helpProfile.skillsHint": "Cochez jusqu’à {max} savoir-faire.",
  "helpProfile.tooManySkills": "Pas plus de {max} savoir-faire.",
  "helpProfile.tags": "Autres savoir-faire",
  "helpProfile.tagsHint":
    "Séparés par des virgules, {max} au plus (par exemple : tricot, piano, permis bateau).",
  "helpProfile.tooManyTags": "Pas plus de {max} savoir-faire en plus de la liste.",
  "helpProfile.tagTooLong": "Chaque savoir-faire tient en {max} caractères.",
  "helpProfile.save": "Enregistrer mon profil",
  "helpProfile.saved": "Votre profil est enregistré.",
  "helpProfile.view": "Voir mon profil",
  "helpProfile.photo": "Photo de profil",
  "helpProfile.photoHint":
    "Facultative : sans photo, vos initiales s’affichent. JPEG, PNG, WebP ou HEIC, 10 Mo au plus ; les informations de l’appareil et de lieu sont retirées.",
  "helpProfile.photoField": "Choisir une photo",
  "helpProfile.photoSave": "Envoyer la photo",
  "helpProfile.photoSaved": "Votre photo est en ligne.",
  "helpProfile.photoRemove": "Retirer ma photo",
  "helpProfile.photoRemoved": "Votre photo est retirée : vos initiales la remplacent.",
  "helpProfile.photoMissing": "Choisissez une photo.",
  "profile.canHelpWith": "Peut aider pour",
  "profile.about": "Présentation",
  "avatar.label": "Photo de {name}",
  "avatar.initials": "Initiales de {name}",
  "whoCanHelp.title": "Qui peut m’aider ?",
  "whoCanHelp.intro":
    "Trouvez des voisins qui savent faire ce dont vous avez besoin, près de chez vous. Écrivez-leur pour leur demander un coup de main.",
  "whoCanHelp.skill": "Pour quoi ?",
  "whoCanHelp.skillHint": "Un savoir-faire de la liste, ou un mot (tricot, piano…).",
  "whoCanHelp.place": "Près de quelle commune ?",
  "whoCanHelp.radius": "Dans un rayon de",
  "whoCanHelp.radiusOption": "{radius} km",
  "whoCanHelp.submit": "Chercher",
  "whoCanHelp.results": {
    one: "{count} voisin peut aider pour « {skill} » près de {place}",
    other: "{count} voisins peuvent aider pour « {skill} » près de {place}",
  },
  "whoCanHelp.moreThanShown":
    "Les {shown} premiers sont affichés : réduisez le rayon pour voir les plus proches.",
  "whoCanHelp.none":
    "Personne n’a encore indiqué « {skill} » dans un rayon de {radius} km autour de {place}. Élargissez le rayon, ou posez votre question : un voisin saura peut-être.",
  "whoCanHelp.ask": "Poser la question à mes voisins",
  "whoCanHelp.choose": "Choisissez un savoir-faire et une commune.",
  "whoCanHelp.placeNotFound":
    "Nous ne trouvons pas cette commune. Vérifiez son nom ou son code postal.",
  "whoCanHelp.samePlace": "à {place}",
  "whoCanHelp.band": "à {place}, à moins de {km} km",
  "whoCanHelp.write": "Écrire",
  "whoCanHelp.signInToWrite": "Connectez-vous pour écrire",
  "whoCanHelp.reputation": {
    one: "{count} point d’entraide",
    other: "{count} points d’entraide",
  },
  "whoCanHelp.link": "Qui peut m’aider ? Trouver un voisin qui sait faire",
  "whoCanHelp.emptySearchLink": "Cherchez plutôt un voisin qui sait faire : « Qui peut m’aider ? »",
  "whoCanHelp.yourProfile": "Vous aussi, dites ce que vous savez faire",
  "photos.legend": "Photos (facultatives)",
  "photos.hint":
    "Jusqu’à {max} photos, 10 Mo chacune (JPEG, PNG, WebP ou HEIC). Les informations de l’appareil et de lieu sont retirées. Ne montrez personne sans son accord.",
  "photos.field": "Choisir des photos",
  "photos.alt": "Ce que montre la photo {position}",
  "photos.altNamed": "Ce que montre la photo {position} ({file})",
  "photos.altHint":
    "Obligatoire pour chaque photo : une phrase pour ceux qui ne la voient pas (« Chat tigré roux, collier bleu »).",
  "photos.altTooLong": "Pas plus de {max} caractères.",
  "photos.chooseAgain":
    "Par sécurité, les photos choisies ne sont pas gardées quand le formulaire revient : choisissez-les à nouveau.",
  "photos.gallery": "Photos",
  "refusal.image-type":
    "Le fichier « {file} » n’est pas une image lisible (JPEG, PNG, WebP, GIF ou HEIC).",
  "refusal.image-too-large": "Le fichier « {file} » dépasse 10 Mo.",
  "refusal.image-too-many-pixels": "L’image « {file} » est trop grande (plus de 40 mégapixels).",
  "refusal.image-too-many": "Pas plus de 4 photos.",
  "refusal.image-alt-missing": "Décrivez la photo {position} en une phrase.",
} as const;
