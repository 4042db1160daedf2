/**
 * The documents of the search engines' conformance suite
 * (test/search-conformance.ts): realistic posts of Donges,
 * Montoir-de-Bretagne and Bordeaux, shaped so that expectations rely only on
 * what both engines define the same way. Unit tests of the engines' steps
 * index them too.
 */
import { haversineKm, type Point } from "#app/domain/geo";
import type { OpeningHours } from "#app/domain/opening-hours";
import type { OrganisationDocument, QuestionDocument } from "#search/engine";

export const DONGES: Point = { lat: 47.3206, lng: -2.0768 };
export const MONTOIR: Point = { lat: 47.33, lng: -2.15 };
/** About 11.6 km from Donges: outside a 10 km search around it. */
const SAINT_NAZAIRE: Point = { lat: 47.27506, lng: -2.2179 };
const BORDEAUX: Point = { lat: 44.8378, lng: -0.5792 };
export const DAY = 86_400;
export const NOW = 1_780_000_000;

/** The point due east of `from` at `km` (found by bisection on the app's own haversine). */
export function pointEastOf(from: Point, km: number): Point {
  let low = 0;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const middle = (low + high) / 2;
    if (haversineKm(from, { lat: from.lat, lng: from.lng + middle }) < km) low = middle;
    else high = middle;
  }
  return { lat: from.lat, lng: from.lng + (low + high) / 2 };
}

const JUST_INSIDE_5_KM = pointEastOf(DONGES, 4.95);
const JUST_OUTSIDE_5_KM = pointEastOf(DONGES, 5.05);

const PLACES = {
  donges: { placeId: 1, placeCode: "44052", placeName: "Donges", placeSlug: "donges-44480" },
  montoir: {
    placeId: 2,
    placeCode: "44103",
    placeName: "Montoir-de-Bretagne",
    placeSlug: "montoir-de-bretagne-44550",
  },
  bordeaux: { placeId: 3, placeCode: "33063", placeName: "Bordeaux", placeSlug: "bordeaux-33000" },
};

function post(
  id: number,
  fields: Partial<QuestionDocument> & Pick<QuestionDocument, "title" | "kind" | "category">,
  where: { place: keyof typeof PLACES; point?: Point; daysAgo: number },
): QuestionDocument {
  const point =
    where.point ?? { donges: DONGES, montoir: MONTOIR, bordeaux: BORDEAUX }[where.place];
  return {
    id,
    slug: fields.title
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, ""),
    body: "",
    acceptedAnswer: "",
    answers: "",
    tags: [],
    solved: false,
    score: 0,
    answerCount: 0,
    ...PLACES[where.place],
    lat: point.lat,
    lng: point.lng,
    createdAt: NOW - where.daysAgo * DAY,
    ...fields,
  };
}

const LONG_BODY = [
  "Nous venons d'emménager dans une vieille maison près de l'église, avec une grande cheminée",
  "dans le salon et un poêle à bois dans la cuisine. L'ancien propriétaire ne nous a laissé",
  "aucun papier et nous ne savons pas quand le conduit a été entretenu pour la dernière fois.",
  "Qui connaît un artisan sérieux pour le ramonage avant l'hiver, idéalement avec un certificat",
  "pour l'assurance ? Nous aimerions aussi savoir s'il faut prévoir une inspection par caméra,",
  "combien cela coûte en général dans le coin, et s'il vaut mieux s'y prendre dès septembre",
  "parce que les agendas se remplissent vite une fois les premiers froids arrivés. Merci à tous",
  "pour vos conseils, et au plaisir de vous croiser au marché du samedi matin sur la place.",
].join(" ");

export const CORPUS: QuestionDocument[] = [
  post(
    1,
    {
      title: "Un plombier sérieux sur Donges ?",
      body: "Fuite sous l'évier de la cuisine depuis hier soir. Je cherche un plombier disponible cette semaine, merci !",
      acceptedAnswer:
        "Appelez Martin, de la rue du Port : il est passé chez nous pour une fuite d'eau, travail soigné et prix correct.",
      tags: ["plomberie"],
      kind: "question",
      category: "bricolage",
      solved: true,
      score: 5,
      answerCount: 1,
    },
    { place: "donges", daysAgo: 10 },
  ),
  post(
    2,
    {
      title: "Plombier pour un chauffe-eau à Bordeaux",
      body: "Notre chauffe-eau fait un bruit étrange : quelqu'un connaît un artisan de confiance ?",
      tags: ["plomberie"],
      kind: "question",
      category: "bricolage",
      score: 1,
    },
    { place: "bordeaux", daysAgo: 3 },
  ),
  post(
    3,
    {
      title: "Prêt d'une débroussailleuse pour le week-end",
      body: "Mon terrain est envahi par les ronces : quelqu'un aurait une débroussailleuse à prêter ? Je rends le plein fait.",
      tags: ["jardin", "outils"],
      kind: "help",
      category: "pret",
      score: 2,
    },
    { place: "montoir", daysAgo: 2 },
  ),
  post(
    4,
    {
      title: "Inscription à l'école maternelle",
      body: "Quels papiers faut-il pour inscrire un enfant à l’École Jean-Jaurès en septembre ?",
      acceptedAnswer:
        "Le livret de famille et un justificatif de domicile suffisent, la mairie s'occupe du reste.",
      tags: ["scolarite"],
      kind: "question",
      category: "enfants",
      solved: true,
      score: 3,
      answerCount: 1,
    },
    { place: "donges", daysAgo: 20 },
  ),
  post(
    5,
    {
      title: "Atelier pâtisserie : le gâteau au cœur coulant",
      body: "Je propose de montrer ma recette du fondant au chocolat, avec son cœur coulant, samedi après-midi.",
      tags: ["cuisine"],
      kind: "offer",
      category: "loisirs",
      score: 4,
    },
    { place: "bordeaux", daysAgo: 5 },
  ),
  post(
    6,
    {
      title: "Qui sait réparer un vélo ?",
      body: "La chaîne de mon vélo a sauté et le dérailleur frotte. Un voisin bricoleur pour m'aider ?",
      kind: "help",
      category: "transport",
    },
    { place: "montoir", daysAgo: 1 },
  ),
  post(
    7,
    {
      title: "Fuite sur le toit après l'orage",
      body: "Quelques tuiles ont bougé. Qui connaît un couvreur pour une réparation rapide ?",
      kind: "question",
      category: "logement",
      score: 1,
    },
    { place: "donges", daysAgo: 4 },
  ),
  post(
    8,
    {
      title: "Quelqu'un pour tondre ma pelouse en juillet ?",
      body: "Je pars deux semaines et l'herbe pousse vite.",
      acceptedAnswer: "Mon voisin a un motoculteur et une tondeuse, il peut passer le samedi.",
      answers: "Je peux aussi donner un coup de main le dimanche.",
      kind: "help",
      category: "jardinage",
      solved: true,
      score: 2,
      answerCount: 2,
    },
    { place: "donges", daysAgo: 15 },
  ),
  post(
    9,
    {
      title: "Abattre un vieux cerisier",
      body: "Le tronc est mort, il faut le couper avant l'hiver.",
      acceptedAnswer: "Avec une tronçonneuse bien affûtée, c'est l'affaire d'une heure.",
      answers:
        "Attention à la tronçonneuse : gants et lunettes obligatoires.\n\nJe prête ma tronçonneuse si besoin.",
      kind: "help",
      category: "jardinage",
      solved: true,
      score: 1,
      answerCount: 3,
    },
    { place: "montoir", daysAgo: 30 },
  ),
  post(
    10,
    {
      title: "Un composteur collectif dans le quartier ?",
      body: "On pourrait en installer un près des jardins partagés.",
      kind: "question",
      category: "solidarite",
    },
    { place: "donges", point: JUST_INSIDE_5_KM, daysAgo: 6 },
  ),
  post(
    11,
    {
      title: "Composteur à donner",
      body: "Un bac en bois de 400 litres, à venir chercher.",
      kind: "offer",
      category: "solidarite",
    },
    { place: "montoir", point: JUST_OUTSIDE_5_KM, daysAgo: 7 },
  ),
  post(
    12,
    {
      title: "Emprunter un escabeau",
      body: "Pour repeindre le plafond du salon.",
      kind: "help",
      category: "pret",
    },
    { place: "bordeaux", daysAgo: 8 },
  ),
  post(
    13,
    {
      title: "Repeindre une cage d'escalier",
      body: "Il me faudrait un escabeau et des rouleaux.",
      kind: "question",
      category: "bricolage",
    },
    { place: "bordeaux", daysAgo: 9 },
  ),
  post(
    14,
    {
      title: "Peinture pour une chambre d'enfant",
      body: "Quelle marque choisir, sans odeur ?",
      answers: "Prenez une peinture à l'eau, et un bon escabeau.",
      kind: "question",
      category: "bricolage",
      answerCount: 1,
    },
    { place: "bordeaux", daysAgo: 11 },
  ),
  post(
    15,
    {
      title: "Garderie le mercredi matin",
      body: "Des parents intéressés pour s'organiser à tour de rôle ?",
      kind: "question",
      category: "enfants",
      score: 9,
    },
    { place: "bordeaux", daysAgo: 12 },
  ),
  post(
    16,
    {
      title: "Garderie pendant les vacances",
      body: "Le centre de loisirs est complet en août.",
      kind: "question",
      category: "enfants",
      solved: true,
    },
    { place: "bordeaux", daysAgo: 13 },
  ),
  post(
    17,
    {
      title: "Garderie pour un nourrisson",
      body: "Une assistante maternelle agréée aurait-elle une place ?",
      kind: "question",
      category: "enfants",
      score: 2,
    },
    { place: "bordeaux", daysAgo: 14 },
  ),
  post(
    18,
    {
      title: "Covoiturage vers Saint-Nazaire le lundi",
      body: "Départ 7 h 30 de la place de la mairie.",
      kind: "offer",
      category: "transport",
    },
    { place: "donges", daysAgo: 16 },
  ),
  post(
    19,
    {
      title: "Covoiturage pour le marché de Noël",
      body: "Trois places libres le samedi.",
      kind: "offer",
      category: "transport",
    },
    { place: "montoir", daysAgo: 17 },
  ),
  post(
    20,
    {
      title: "Covoiturage jusqu'à la gare Saint-Jean",
      body: "Tous les vendredis soir.",
      kind: "help",
      category: "transport",
    },
    { place: "bordeaux", daysAgo: 18 },
  ),
  post(
    21,
    {
      title: "Balise <script> affichée dans mon blog",
      body: "Mon site montre <b>gras</b> & tout le code au lieu de la mise en forme, que faire ?",
      kind: "question",
      category: "numerique",
    },
    { place: "donges", daysAgo: 19 },
  ),
  post(
    22,
    {
      title: "Entretien d'une cheminée ancienne",
      body: LONG_BODY,
      kind: "question",
      category: "logement",
    },
    { place: "montoir", daysAgo: 21 },
  ),
  post(
    23,
    {
      title: "Perceuse à percussion à prêter",
      body: "Avec un jeu de mèches béton, pour le week-end.",
      kind: "offer",
      category: "pret",
    },
    { place: "donges", daysAgo: 22 },
  ),
];

/** Tuesday to Saturday, 7:00–19:00, and Sunday morning: closed on Mondays. */
const BAKERY_HOURS: OpeningHours = {
  weekly: [
    {
      days: ["tuesday", "wednesday", "thursday", "friday", "saturday"],
      opens: "07:00",
      closes: "19:00",
    },
    { days: ["sunday"], opens: "07:30", closes: "12:30" },
  ],
  special: [],
};
/** Monday to Saturday, 8:00–20:00: closed on Sundays. */
const CITY_BAKERY_HOURS: OpeningHours = {
  weekly: [
    {
      days: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
      opens: "08:00",
      closes: "20:00",
    },
  ],
  special: [],
};
/** Monday 1 June 2026, 10:00 in Paris (08:00 UTC): the Donges bakery is closed, Bordeaux's open. */
export const MONDAY_MORNING = new Date("2026-06-01T08:00:00Z");
/** Sunday 31 May 2026, 10:00 in Paris: the other way round. */
export const SUNDAY_MORNING = new Date("2026-05-31T08:00:00Z");

function listing(
  id: number,
  fields: Pick<OrganisationDocument, "title" | "kind" | "category" | "body"> &
    Partial<OrganisationDocument>,
  where: { place: keyof typeof PLACES | "saintNazaire"; daysAgo: number },
): OrganisationDocument {
  const labels: Record<string, string> = {
    commerce: "Commerce ou artisan",
    association: "Association",
    boulangerie: "Boulangerie, pâtisserie",
    batiment: "Artisan du bâtiment",
    "alimentation-durable": "AMAP, alimentation durable",
  };
  const place =
    where.place === "saintNazaire"
      ? {
          placeId: 4,
          placeCode: "44184",
          placeName: "Saint-Nazaire",
          placeSlug: "saint-nazaire-44600",
        }
      : PLACES[where.place];
  const point = {
    donges: DONGES,
    montoir: MONTOIR,
    bordeaux: BORDEAUX,
    saintNazaire: SAINT_NAZAIRE,
  }[where.place];
  return {
    type: "organisation",
    id,
    slug: fields.title
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, ""),
    tags: [labels[fields.kind]!, labels[fields.category]!],
    claimed: false,
    partner: false,
    approximate: true,
    openingHours: null,
    ...place,
    lat: point.lat,
    lng: point.lng,
    createdAt: NOW - where.daysAgo * DAY,
    ...fields,
  };
}

/**
 * Directory listings (ADR 021), ids from 101 so that a hit's id tells them
 * from questions in expectations. Their words avoid the questions' test
 * words but for `plombier`, which a plumber's listing and two questions share.
 */
export const LISTINGS: OrganisationDocument[] = [
  listing(
    101,
    {
      title: "Au Fournil de Donges",
      kind: "commerce",
      category: "boulangerie",
      body: "Pain au levain cuit sur place, viennoiseries et gâteaux du dimanche.",
      claimed: true,
      approximate: false,
      openingHours: BAKERY_HOURS,
    },
    { place: "donges", daysAgo: 40 },
  ),
  listing(
    102,
    {
      title: "Martin, plombier chauffagiste",
      kind: "commerce",
      category: "batiment",
      body: "Dépannage, installation de sanitaires et de chaudières.",
    },
    { place: "saintNazaire", daysAgo: 41 },
  ),
  listing(
    103,
    {
      title: "Boulangerie Pichon",
      kind: "commerce",
      category: "boulangerie",
      body: "Baguettes de tradition et pains spéciaux.",
      openingHours: CITY_BAKERY_HOURS,
    },
    { place: "bordeaux", daysAgo: 42 },
  ),
  listing(
    104,
    {
      title: "AMAP du Marais",
      kind: "association",
      category: "alimentation-durable",
      body: "Paniers de légumes bio d'un maraîcher voisin, chaque jeudi soir.",
    },
    { place: "montoir", daysAgo: 43 },
  ),
];

/** Near the plumber's listing (102), in Saint-Nazaire, as the app gives it. */
export const NEAR_THE_PLUMBER: Point = SAINT_NAZAIRE;

/**
 * A question whose own words never say « plombier », answered with a
 * recommendation of the plumber's listing (ADR 025): its document carries
 * the listing's name and category label in the answers' text, as
 * search/documents.ts writes them. Indexed last, by its own describe.
 */
export const RECOMMENDING_QUESTION: QuestionDocument = post(
  60,
  {
    title: "Une fuite sous l'évier, qui appeler ?",
    kind: "question",
    category: "bricolage",
    body: "Ça goutte depuis hier soir.",
    answers: "Il est venu en une heure chez moi. Martin, plombier chauffagiste Artisan du bâtiment",
    answerCount: 1,
  },
  { place: "montoir", daysAgo: 3 },
);
