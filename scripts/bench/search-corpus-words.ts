/**
 * The words the benchmark's synthetic corpus (scripts/bench/search-corpus.ts)
 * is made of: data, ranked by frequency within each list (a word's rank
 * decides its Zipf weight), plus the regular verb forms derived from them.
 */
import { CATEGORIES, type Category, type QuestionKind } from "#app/domain/questions";

/** Words separated by spaces; an underscore joins a phrase ("assistante_maternelle"). */
const words = (text: string) =>
  text
    .trim()
    .split(/\s+/)
    .map((word) => word.replaceAll("_", " "));

/** The most frequent French words, roughly in frequency order (they take Zipf ranks). */
export const FUNCTION_WORDS = words(`
  de la le et à les des en un une du pour que qui dans est pas je il on au sur avec ne se ce par
  plus mais nous vous ou son sa ses mon ma mes tout très bien aussi si y comme leur elle ils a été
  fait sont ont peut même cette ces quand où donc car depuis encore déjà merci bonjour il_y_a
  moi toi lui eux notre nos votre vos leurs tous toutes toute autre autres avant après pendant
  chez sans sous entre vers contre jusqu'à peu beaucoup trop assez moins rien personne quelque
  quelques chaque plusieurs aucun aucune ici là alors puis ensuite enfin toujours jamais souvent
  parfois vraiment surtout seulement plutôt presque environ bientôt demain hier aujourd'hui
  maintenant tard tôt vite longtemps cela ça celui celle ceux quoi comment pourquoi combien
  lequel laquelle dont était avait sera serait aurait suis es sommes êtes ai as avons avez va vais
  vont allons allez peux pouvez pouvons veux voulez voudrais faut doit dois devez devrait sait sais
  savez connais connaissez vois voyez dit dis fais faites mis pris
`);

/** Everyday words of the forum, outside any one category. */
const GENERAL_WORDS = words(`
  voisin voisins voisine quartier rue maison appartement immeuble village commune ville centre
  semaine week-end samedi dimanche lundi mardi mercredi jeudi vendredi matin midi soir nuit jour
  jours heure heures minutes mois année an ans besoin aide coup_de_main conseil conseils question
  questions problème problèmes idée idées solution solutions personne personnes quelqu'un
  quelqu'une famille enfants parents ami amis amie copain gens monde habitants retraité retraitée
  étudiant étudiante jeune jeunes âgée âgé seule seul urgent urgence rapidement possible
  disponible disponibles gratuit gratuitement payant prix euros tarif budget devis cher pas_cher
  bon bonne bons bonnes meilleur mauvais petit petite petits grand grande grands gros grosse
  nouveau nouvelle nouveaux vieux vieille ancien ancienne propre sale facile difficile simple
  pratique utile sympa gentil gentille sérieux sérieuse fiable honnête compétent compétente
  recommandé recommandée dernier dernière premier première prochain prochaine proche proches
  loin près côté coin endroit adresse numéro téléphone message messages mail email contact
  retour avis expérience essai chose choses truc trucs fois moment temps place places lieu
  local locale près_de_chez_moi dans_le_coin aux_alentours alentours environs secteur département
  région mairie école collège lycée gare poste boulangerie pharmacie marché supermarché parking
  place_du_marché église salle_des_fêtes stade piscine bibliothèque médiathèque parc square
  quartier_nord centre-ville bourg hameau lotissement résidence cité campagne mer montagne forêt
  rivière lac plage chemin route autoroute rond-point carrefour trottoir pluie soleil neige vent
  froid chaud chaleur hiver printemps été automne vacances fêtes noël rentrée anniversaire
  mariage naissance décès santé travail argent temps_libre plaisir envie souci soucis galère
  inquiétude bonheur chance merci_d'avance merci_beaucoup cordialement bonne_journée bonne_soirée
  svp s'il_vous_plaît n'hésitez_pas d'avance super génial parfait top nickel impeccable dommage
  malheureusement heureusement évidemment franchement sinon également notamment justement
  éventuellement visiblement apparemment finalement récemment actuellement normalement
  pareil même_chose autre_chose quelque_chose rien_du_tout tout_de_suite au_plus_vite dès_que
  en_attendant en_ce_moment d'ici la_semaine_prochaine ce_week-end ce_soir demain_matin
  porte fenêtre clé clés voiture vélo sac carton cartons boîte table chaise lit armoire canapé
  frigo four lave-linge lave-vaisselle téléphone_portable ordinateur papiers dossier lettre
  colis courrier boîte_aux_lettres sonnette interphone ascenseur escalier cave grenier garage
  cour balcon terrasse jardinet véranda portail clôture haie allée
`);

/**
 * Regular -er verbs (no stem change), each giving seven real forms:
 * chercher, cherche, cherchez, cherchons, cherché, cherchée, cherchait.
 */
const ER_VERBS = words(`
  chercher trouver aider demander donner prêter emprunter réparer changer installer monter
  démonter porter garder passer laisser parler conseiller recommander partager proposer
  organiser jardiner planter arroser récolter bricoler percer visser dévisser poser coller
  débroussailler élaguer ramasser déménager transporter livrer covoiturer garer louer échanger
  contacter téléphoner rencontrer habiter arriver rester tomber commencer terminer continuer
  utiliser fonctionner marcher bloquer débloquer couler chauffer allumer brancher débrancher
  regarder écouter penser aimer adorer accompagner surveiller caresser soigner vacciner adopter
  abandonner retrouver signaler déclarer imprimer scanner télécharger connecter configurer
  sauvegarder copier cliquer taper réinstaller remplacer commander expédier emballer cuisiner
  goûter préparer mélanger apporter inviter fêter jouer chanter danser dessiner bouger nager
  randonner visiter voyager travailler embaucher postuler recruter former gagner économiser
  dépenser calculer rembourser signer valider refuser accepter annuler reporter décaler rater
  manquer oublier trier recycler composter stocker ranger laver sécher repasser raccommoder
  tricoter isoler ventiler tapisser poncer scier couper mesurer fixer serrer desserrer dépanner
  diagnostiquer vérifier contrôler tester alimenter gonfler crever réserver déposer rentrer
  consulter soulager masser tousser saigner traiter montrer expliquer informer renseigner
  orienter démarrer recharger dépasser stationner remorquer tracter pousser tirer soulever
  décharger charger vider débarrasser nettoyer_à_fond entretenir_le_jardin tondre_la_pelouse
  traduire_un_courrier remplir_un_dossier
`);

/** What neighbours ask about, one list per category (most frequent first). */
export const CATEGORY_WORDS: Record<Category, string[]> = {
  bricolage: words(`
    plombier fuite robinet chaudière électricien perceuse échelle tournevis outils outil
    visseuse marteau scie perforateur ponceuse niveau mètre cheville chevilles vis clous
    étagère meuble meubles montage ikea placard cuisine salle_de_bain douche baignoire lavabo
    évier siphon joint joints tuyau tuyaux canalisation bouchée débouchage ballon eau_chaude
    chauffe-eau radiateur radiateurs thermostat prise prises interrupteur disjoncteur tableau
    électrique ampoule lustre plafonnier câble fil fils volet volets roulant store serrure
    verrou porte_d'entrée poignée gond charnière parquet carrelage faïence plinthe peinture
    pinceau rouleau enduit plâtre placo cloison mur murs plafond toiture tuile tuiles gouttière
    isolation laine_de_verre humidité moisissure infiltration dégât_des_eaux fissure maçon
    menuisier carreleur couvreur peintre artisan artisans chantier travaux rénovation
    bricoleur bricoleuse escabeau établi serre-joint clé_à_molette pince pinces mastic silicone
    colle compresseur nettoyeur_haute_pression karcher rallonge groupe_électrogène meuleuse
    décapeur ventilation VMC hotte cumulus fuite_d'eau goutte compteur pression
  `),
  jardinage: words(`
    jardin potager tondeuse débroussailleuse taille-haie haie tomates graines semis plants
    plantes fleurs arbre arbres fruitiers pommier cerisier poirier taille élagage bois
    bûches bois_de_chauffage compost composteur pelouse gazon herbe mauvaises_herbes désherbage
    bêche pelle râteau binette sécateur brouette arrosoir tuyau_d'arrosage récupérateur
    eau_de_pluie paillage fumier terreau engrais bio légumes courgettes salades radis fraises
    haricots pommes_de_terre carottes poireaux oignons ail aromatiques basilic persil
    framboises groseilles jardinier jardinière jardins_partagés parcelle serre bouture boutures
    rosiers rosier tulipes bulbes feuilles ramassage_des_feuilles déchets_verts déchetterie
    broyeur tronçonneuse motoculteur motobineuse pucerons limaces escargots taupes taupe
    insectes abeilles ruche nichoir oiseaux hérisson arrosage sécheresse gel tonte verger
    olivier lavande thym romarin menthe citrouille potirons courges melon
  `),
  enfants: words(`
    enfant bébé nounou assistante_maternelle crèche garde garde_d'enfants baby-sitting
    baby-sitter périscolaire cantine école_maternelle école_primaire maîtresse instituteur
    devoirs aide_aux_devoirs soutien_scolaire cours_particuliers mathématiques français anglais
    brevet bac collégien collégienne lycéen lycéenne ado adolescent poussette siège_auto
    lit_parapluie vêtements_enfant jouets jouet livres doudou biberon couches tétine
    allaitement puéricultrice pédiatre PMI halte-garderie centre_de_loisirs mercredi_après-midi
    vacances_scolaires colonie stage sortie_d'école trajet_école pédibus goûter anniversaire_enfant
    fête_d'anniversaire naissance_bébé congé_maternité congé_parental jumeaux fratrie
    garçon fille fils bambin tout-petit écharpe_de_portage chaise_haute trottinette
    draisienne tricycle toboggan balançoire aire_de_jeux parc_à_jeux
  `),
  animaux: words(`
    chat chats chien chiens chaton chiot vétérinaire garde_d'animaux pension croquettes litière
    promenade promener_le_chien perdu perdue trouvé trouvée disparu disparue tatouage puce
    puce_électronique collier laisse niche cage lapin lapins cochon_d'Inde hamster poules poule
    poulailler œufs coq oiseau perruche canari poisson aquarium tortue cheval chevaux poney
    chèvre moutons âne refuge SPA adoption stérilisation vaccin vaccins vermifuge antipuces
    toilettage toiletteur éducateur_canin dressage aboiements miaule griffes morsure allergie
    nourriture pâtée gamelle panier arbre_à_chat transport_animal caisse_de_transport
    pet-sitter chatière chat_errant chats_errants nourrissage fourrière
  `),
  transport: words(`
    covoiturage voiture_en_panne panne batterie pneu pneus crevaison garage_auto garagiste
    mécanicien contrôle_technique vidange permis permis_de_conduire auto-école code trajet
    trajets navette bus car train TER TGV tram métro gare_SNCF horaires abonnement ticket
    vélo_électrique trottinette_électrique scooter moto mobylette vélos réparation_vélo chambre_à_air
    rayon dérailleur freins chaîne remorque attelage utilitaire camionnette camion location
    location_voiture aéroport hôpital_trajet rendez-vous_médical accompagner_à_l'hôpital
    conduire chauffeur chauffeuse passagers place_libre essence gasoil carburant plein
    péage stationnement parking_gratuit embouteillage bouchons grève transports_en_commun
    transport_à_la_demande mobilité personne_âgée_trajet courses_en_voiture
  `),
  demarches: words(`
    CAF APL RSA allocations allocation prime_d'activité impôts déclaration_d'impôts
    feuille_d'impôts avis_d'imposition taxe_foncière taxe_d'habitation URSSAF Pôle_emploi
    France_Travail CPAM sécurité_sociale carte_vitale mutuelle complémentaire_santé retraite
    caisse_de_retraite CARSAT MSA dossier_retraite pension_de_réversion préfecture carte_grise
    ANTS titre_de_séjour passeport carte_d'identité rendez-vous_en_mairie état_civil
    acte_de_naissance livret_de_famille justificatif justificatif_de_domicile attestation
    formulaire formulaires courrier_administratif recours réclamation médiateur tribunal avocat
    avocate juridique conseil_juridique notaire succession héritage divorce pension_alimentaire
    curatelle tutelle MDPH handicap AAH APA aide_sociale CCAS assistante_sociale
    France_Services écrivain_public administratif administration démarche démarches
    en_ligne site_internet identifiant mot_de_passe FranceConnect ameli impots.gouv
    chèque_énergie prime_rénov MaPrimeRénov aide_au_logement dossier_CAF
  `),
  sante: words(`
    médecin médecin_traitant généraliste docteur dentiste kiné kinésithérapeute infirmière
    infirmier pharmacien ophtalmo ophtalmologue dermatologue gynécologue cardiologue
    psychologue orthophoniste ostéopathe sage-femme hôpital clinique urgences SAMU ordonnance
    médicament médicaments vaccin_grippe prise_de_sang laboratoire analyses radio IRM
    échographie rendez-vous consultation téléconsultation Doctolib désert_médical douleur
    mal_de_dos fièvre grippe covid rhume toux angine allergie_pollen asthme diabète tension
    cholestérol régime fatigue sommeil stress anxiété dépression solitude chute fauteuil_roulant
    béquilles déambulateur lit_médicalisé aide-soignante auxiliaire_de_vie maintien_à_domicile
    EHPAD maison_de_retraite portage_de_repas téléassistance lunettes audition appareil_auditif
    prothèse pharmacie_de_garde garde_médicale centre_de_santé maison_de_santé
  `),
  emploi: words(`
    emploi travail_saisonnier job petit_boulot CV lettre_de_motivation entretien
    entretien_d'embauche candidature offre_d'emploi stage_en_entreprise alternance apprentissage
    apprenti formation reconversion bilan_de_compétences chômage indemnités intérim
    intérimaire CDD CDI contrat salaire patron employeur entreprise auto-entrepreneur
    micro-entreprise SIRET facture factures comptabilité comptable cotisations mission missions
    bénévole bénévolat association associations service_civique job_d'été vendanges
    cueillette récolte_saisonnière aide_à_domicile ménage femme_de_ménage repassage_à_domicile
    jardinage_à_domicile chèque_emploi_service CESU heures_de_ménage télétravail coworking
    réseau recruteur annonce annonces LinkedIn Indeed
  `),
  logement: words(`
    logement location_appartement loyer propriétaire locataire bail caution dépôt_de_garantie
    état_des_lieux agence_immobilière colocation colocataire chambre studio T2 T3 maison_à_louer
    déménagement cartons_de_déménagement camion_de_déménagement déménageurs emménagement
    voisinage nuisances bruit voisins_bruyants tapage syndic copropriété charges
    assemblée_générale gardien gardienne concierge ascenseur_en_panne chauffage_collectif
    punaises_de_lit cafards souris rats nuisibles dératisation insectes_nuisibles
    HLM logement_social bailleur_social demande_de_logement DALO expulsion hébergement
    hébergement_d'urgence foyer sans-abri SDF mal-logement insalubre humidité_logement
    moisissures_logement passoire_thermique DPE isolation_des_combles fenêtres_double_vitrage
    assurance_habitation sinistre
  `),
  numerique: words(`
    ordinateur_portable portable smartphone tablette imprimante wifi box internet fibre ADSL
    connexion réseau_wifi mot_de_passe_wifi mail_piraté arnaque arnaques phishing virus
    antivirus logiciel application applications appli mise_à_jour Windows Mac Android iPhone
    clé_USB disque_dur sauvegarde photos WhatsApp Facebook visio Zoom Skype messagerie
    Gmail Outlook compte_en_ligne espace_personnel formulaire_en_ligne scanner_un_document PDF
    pièce_jointe écran clavier souris_ordinateur chargeur batterie_téléphone SIM forfait
    opérateur Free Orange SFR Bouygues dépannage_informatique informaticien atelier_numérique
    conseiller_numérique aidant_numérique illectronisme initiation tutoriel
  `),
  pret: words(`
    prêt prêter emprunter à_prêter à_emprunter remorque_à_prêter diable transpalette sangles
    bâche bâches tréteaux table_pliante chaises_pliantes barnum tonnelle appareil_à_raclette
    appareil_à_fondue crêpière gaufrier plancha barbecue machine_à_coudre machine_à_pain
    robot_pâtissier cocotte_minute stérilisateur déshumidificateur ventilateur climatiseur
    chauffage_d'appoint aspirateur shampouineuse nettoyeur_vapeur tente sac_de_couchage
    matelas_gonflable lit_d'appoint glacière vélo_enfant porte-vélo coffre_de_toit
    luge raquettes ski skis rollers jeux_de_société puzzle livres_à_prêter DVD vidéoprojecteur
    enceinte micro appareil_photo jumelles boîte_à_outils outillage grainothèque
  `),
  commerces: words(`
    commerce commerces boulanger boucher boucherie charcutier épicerie épicerie_solidaire
    primeur fromager fromagerie poissonnerie traiteur caviste librairie fleuriste coiffeur
    coiffeuse esthéticienne cordonnier couturière retouches pressing laverie serrurier
    quincaillerie droguerie magasin bricolage_magasin jardinerie animalerie opticien
    horaires_d'ouverture ouvert fermé dimanche_matin producteur producteurs vente_directe
    AMAP panier_de_légumes circuit_court ferme œufs_frais miel fromage_de_chèvre lait_cru
    marché_de_producteurs vide-grenier brocante braderie recyclerie ressourcerie friperie
    occasion seconde_main Leboncoin restaurant café bar tabac relais_colis point_relais
    livraison drive courses
  `),
  loisirs: words(`
    randonnée marche balade sortie sorties club activité activités sport football foot
    basket tennis badminton pétanque boules yoga gym pilates danse zumba course_à_pied
    running footing vélo_de_route VTT natation piscine_municipale chorale chant musique guitare
    piano batterie cours_de_musique théâtre cinéma concert spectacle exposition musée
    atelier ateliers peinture_sur_toile dessin poterie couture tricot crochet cuisine_du_monde
    pâtisserie lecture club_de_lecture jeux cartes belote tarot scrabble échecs pétanque_du_dimanche
    fête_de_quartier repas_partagé pique-nique apéro soirée festival carnaval kermesse
    jumelage pêche chasse champignons cueillette_champignons photographie généalogie
    histoire_locale patrimoine langues cours_d'anglais conversation
  `),
  solidarite: words(`
    solidarité entraide don dons donner_vêtements vêtements meubles_à_donner
    collecte collecte_alimentaire banque_alimentaire restos_du_cœur Secours_populaire
    Croix-Rouge Emmaüs maraude colis_alimentaire panier_solidaire courses_pour_voisin
    personne_isolée isolement visite_de_convivialité appel_téléphonique canicule
    plan_canicule grand_froid réfugiés accueil hébergement_solidaire famille_en_difficulté
    fin_de_mois difficile_financièrement précarité précarité_énergétique soutien écoute
    accompagnement voisin_âgé voisine_âgée petits_services services coup_de_pouce
    troc échange_de_services SEL système_d'échange_local repair_café répar'café
    frigo_solidaire gratiféria zone_de_gratuité boîte_à_livres jardin_solidaire
  `),
  autre: words(`
    info information renseignement sondage avis_des_voisins proposition discussion
    objet_trouvé objet_perdu portefeuille clés_perdues lunettes_perdues téléphone_perdu
    doudou_perdu bruit_la_nuit travaux_dans_la_rue coupure_d'électricité coupure_d'eau
    panne_de_courant orage inondation arbre_tombé route_barrée déviation fibre_optique
    antenne réseau_mobile poubelles ramassage_des_poubelles encombrants tri_sélectif
    éclairage_public nids-de-poule sécurité cambriolage vol vols gendarmerie police
    voisins_vigilants caméra alarme incivilités dépôt_sauvage stationnement_gênant
    fête_des_voisins bienvenue nouveaux_arrivants présentation histoire_du_village
  `),
};

/** Tags as members type them (already in slug form), per category. */
export const CATEGORY_TAGS: Record<Category, string[]> = {
  bricolage: words(
    "plomberie electricite fuite chaudiere peinture outils perceuse echelle montage-meuble travaux",
  ),
  jardinage: words("potager jardin tondeuse debroussailleuse taille compost bois graines haie"),
  enfants: words(
    "garde-enfants assistante-maternelle creche aide-aux-devoirs baby-sitting ecole puericulture",
  ),
  animaux: words("chat chien veterinaire garde-animaux perdu adoption poules"),
  transport: words("covoiturage voiture velo panne trajet gare permis"),
  demarches: words("caf apl impots retraite carte-grise papiers mutuelle mdph"),
  sante: words("medecin pharmacie hopital rendez-vous dentiste kine aide-a-domicile"),
  emploi: words("emploi cv formation interim benevolat menage saisonnier"),
  logement: words("logement demenagement location voisinage nuisibles colocation isolation"),
  numerique: words("informatique smartphone internet wifi arnaque imprimante"),
  pret: words("pret outils remorque materiel evenement cuisine"),
  commerces: words("commerces producteurs marche amap vide-grenier boulangerie"),
  loisirs: words("sport randonnee musique atelier jeux fete-de-quartier"),
  solidarite: words("solidarite dons entraide courses isolement alimentation"),
  autre: words("info objet-trouve securite poubelles coupure bienvenue"),
};

/** How a title opens, by kind (the rest is drawn from the vocabulary). */
export const TITLE_OPENINGS: Record<QuestionKind, string[]> = {
  question: words(`
    Qui_connaît_un_bon Quelqu'un_connaît Où_trouver Comment_faire_pour Un_conseil_pour
    Des_idées_pour Que_faire_pour Avez-vous_un_bon Une_recommandation_pour Qui_a_déjà
  `),
  help: words(`
    Besoin_d'aide_pour Cherche_quelqu'un_pour Qui_pourrait_m'aider_à Coup_de_main_pour
    Urgent_besoin_d'aide Cherche_un_voisin_pour Besoin_d'un_bricoleur
  `),
  offer: words(`
    Je_propose Donne Je_prête Disponible_pour Propose_mon_aide_pour À_donner Je_peux_aider_pour
  `),
};

export const ANSWER_OPENINGS = words(`
  Bonjour Bonjour, Salut Alors Moi Je_vous_conseille Essayez Voyez_avec J'ai_eu_le_même_problème
  Il_y_a Mon_voisin Contactez Attention Pour_info Oui Non Perso
`);

/** Vowel-initial words take the elided article: "l'échelle", "d'eau", "j'ai". */
export const ELIDED: Record<string, string> = {
  le: "l'",
  la: "l'",
  de: "d'",
  je: "j'",
  que: "qu'",
  ne: "n'",
};

/** The seven forms of a regular -er verb; "manger" → "mangeons", "commencer" → "commençons". */
function verbForms(infinitive: string): string[] {
  if (infinitive.includes(" ")) return [infinitive];
  const stem = infinitive.slice(0, -2);
  const hardStem = stem.endsWith("g")
    ? `${stem}e`
    : stem.endsWith("c")
      ? `${stem.slice(0, -1)}ç`
      : stem;
  return [
    infinitive,
    `${stem}e`,
    `${stem}ez`,
    `${hardStem}ons`,
    `${stem}é`,
    `${stem}ée`,
    `${hardStem}ait`,
  ];
}

/** Ranked word lists: a word's rank decides its Zipf weight. */
export const VERB_WORDS = unique(ER_VERBS.flatMap(verbForms));
export const CONTENT_WORDS = unique(
  interleave([GENERAL_WORDS, ...CATEGORIES.map((category) => CATEGORY_WORDS[category])]),
);

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/** Round-robin merge, so every list's most frequent words rank near the top. */
function interleave(lists: string[][]): string[] {
  const merged: string[] = [];
  const longest = Math.max(...lists.map((list) => list.length));
  for (let i = 0; i < longest; i++)
    for (const list of lists) if (i < list.length) merged.push(list[i]!);
  return merged;
}
