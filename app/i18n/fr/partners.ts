/** French messages of partner merchants and their partnerships (the reference). */
export const frPartners = {
  "refusal.not-partnership-staff":
    "Seuls les ambassadeurs de la commune de la fiche et les administrateurs enregistrent ses partenariats.",
  "refusal.partnership-ambassador":
    "Cette personne n’est pas ambassadrice de la commune de la fiche.",
  "refusal.partnership-dates": "Le dernier jour doit suivre le premier, sur trois ans au plus.",
  "refusal.partnership-overlap":
    "Un autre partenariat de cette fiche couvre déjà une partie de ces jours.",
  "refusal.partnership-not-running": "Ce partenariat est déjà terminé.",
  "refusal.not-partner":
    "La vitrine est réservée aux commerces partenaires, pendant leur partenariat.",
  "refusal.gallery-full": "La galerie compte déjà {max} photos : retirez-en une d’abord.",
} as const;
