import { eq, like } from "drizzle-orm";
import {
  answers,
  organisationClaims,
  organisations,
  places,
  type NewOrganisation,
} from "#db/schema";
import { withListingToken } from "#app/domain/listing-tokens";
import { syncAnswerListings } from "#app/models/directory/recommendations.server";
import { renderMarkdown } from "#app/domain/markdown.server";
import { slugify } from "#app/domain/normalize";
import type { OpeningHours } from "#app/domain/opening-hours";
import type { Store } from "#app/server/search.server";

type DemoListing = Omit<
  NewOrganisation,
  "placeId" | "slug" | "lat" | "lng" | "approximate" | "descriptionHtml"
> & {
  placeCode: string;
  /** Metres east and north of the commune's centre, for premises with a public point. */
  offset?: [number, number];
};

const SHOP_WEEK = ["tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
const OFFICE_WEEK = ["monday", "tuesday", "wednesday", "thursday", "friday"] as const;

/** Holidays for the year of `now` and the next (fixed dates only: enough for a demo). */
function holidays(now: Date) {
  const year = now.getUTCFullYear();
  return [year, year + 1].flatMap((y) =>
    ["01-01", "05-01", "07-14", "11-11", "12-25"].map((day) => ({
      from: `${y}-${day}`,
      through: `${y}-${day}`,
      reason: "holiday" as const,
      ranges: [],
    })),
  );
}

function listings(now: Date): DemoListing[] {
  const bakeryHours: OpeningHours = {
    weekly: [
      { days: [...SHOP_WEEK], opens: "07:00", closes: "13:00" },
      { days: [...SHOP_WEEK], opens: "15:00", closes: "19:00" },
      { days: ["sunday"], opens: "07:30", closes: "12:30" },
    ],
    special: holidays(now),
  };
  return [
    {
      kind: "commerce",
      category: "boulangerie",
      name: "Au Fournil de Donges",
      placeCode: "44052",
      address: "12 rue du Port",
      postalCode: "44480",
      addressPublic: true,
      soleTrader: true,
      openingHours: bakeryHours,
      source: "sirene",
      siret: "81234567800012",
      description:
        "Boulangerie-pâtisserie artisanale : pain au levain cuit sur place, viennoiseries et gâteaux du dimanche.",
    },
    {
      kind: "commerce",
      category: "cafe-restaurant",
      name: "Le Café du Marché",
      placeCode: "44052",
      offset: [120, -80],
      address: "3 place du Marché",
      postalCode: "44480",
      addressPublic: true,
      soleTrader: false,
      openingHours: {
        weekly: [
          { days: ["monday", "tuesday", "wednesday", "thursday"], opens: "07:30", closes: "20:00" },
          { days: ["friday", "saturday"], opens: "07:30", closes: "01:00" },
          { days: ["sunday"], opens: "08:30", closes: "13:00" },
        ],
        special: holidays(now),
      },
      source: "sirene",
      siret: "90345678100013",
      description: "Café, plat du jour le midi, concerts le vendredi soir.",
    },
    {
      kind: "commerce",
      category: "batiment",
      name: "Donges Plomberie Services",
      placeCode: "44052",
      address: "8 chemin des Saulniers",
      postalCode: "44480",
      addressPublic: true,
      soleTrader: true,
      source: "sirene",
      siret: "82345678900015",
      description:
        "Plombier chauffagiste : dépannage de fuites, chauffe-eau, salles de bains et chaudières.",
    },
    {
      kind: "commerce",
      category: "boucherie",
      name: "Boucherie du Marais",
      placeCode: "44103",
      offset: [-150, 60],
      address: "21 rue de la Gare",
      postalCode: "44550",
      addressPublic: true,
      soleTrader: false,
      openingHours: {
        weekly: [
          { days: [...SHOP_WEEK], opens: "08:00", closes: "12:30" },
          { days: ["tuesday", "wednesday", "thursday", "friday"], opens: "15:30", closes: "19:00" },
        ],
        special: holidays(now),
      },
      source: "sirene",
      siret: "83456789100016",
    },
    {
      kind: "association",
      category: "sport",
      name: "Association Sportive de Donges",
      alias: "ASD",
      placeCode: "44052",
      source: "rna",
      rnaNumber: "W442000001",
      contactPublic: true,
      website: "https://www.example.org/asd",
      description:
        "Football et basket pour tous les âges, école de sport le mercredi après-midi. Inscriptions en septembre.",
    },
    {
      kind: "association",
      category: "alimentation-durable",
      name: "AMAP du Marais",
      placeCode: "44103",
      source: "rna",
      rnaNumber: "W442000002",
      contactPublic: false,
      description:
        "Paniers de légumes de saison de deux maraîchers du marais, distribués le jeudi de 18 h à 19 h.",
    },
    {
      kind: "association",
      category: "solidarite",
      name: "Donges Solidarité",
      placeCode: "44052",
      source: "rna",
      rnaNumber: "W442000009",
      description:
        "Épicerie solidaire, aide aux démarches et transport solidaire vers les rendez-vous médicaux.",
    },
    {
      kind: "association",
      category: "vie-locale",
      name: "Comité des fêtes de Lavau-sur-Loire",
      placeCode: "44080",
      source: "rna",
      rnaNumber: "W442000004",
      description: "Fête du port en juillet, marché de Noël et vide-greniers d’automne.",
    },
    {
      kind: "association",
      category: "seniors",
      name: "Club des aînés de Montoir",
      placeCode: "44103",
      source: "rna",
      rnaNumber: "W442000010",
      description: "Belote, sorties et repas partagés, le mardi après-midi.",
    },
    {
      kind: "tiers-lieu",
      category: "cafe-associatif",
      name: "La Fabrique du Port",
      placeCode: "44080",
      offset: [200, -150],
      address: "1 quai du Port",
      postalCode: "44260",
      addressPublic: true,
      source: "member",
      claimedAt: now,
      website: "https://www.example.org/fabrique-du-port",
      openingHours: {
        weekly: [
          { days: ["wednesday"], opens: "14:00", closes: "19:00" },
          { days: ["friday"], opens: "17:00", closes: "23:00" },
          { days: ["saturday"], opens: "10:00", closes: "18:00" },
        ],
        special: holidays(now),
      },
      description:
        "Café associatif, atelier de réparation de vélos et **repair café** le premier samedi du mois.\n\nOn y prête aussi des outils : demandez à l’accueil.",
    },
    {
      kind: "service-public",
      category: "mairie",
      name: "Mairie de Donges",
      placeCode: "44052",
      offset: [0, 40],
      addressPublic: true,
      source: "member",
      claimedAt: now,
      openingHours: {
        weekly: [
          { days: [...OFFICE_WEEK], opens: "08:30", closes: "12:00" },
          { days: [...OFFICE_WEEK], opens: "13:30", closes: "17:30" },
          { days: ["saturday"], opens: "09:00", closes: "12:00" },
        ],
        special: holidays(now),
      },
    },
    {
      kind: "service-public",
      category: "mediatheque",
      name: "Médiathèque de Montoir-de-Bretagne",
      placeCode: "44103",
      offset: [80, 120],
      addressPublic: true,
      source: "member",
      claimedAt: now,
      openingHours: {
        weekly: [
          { days: ["tuesday", "friday"], opens: "15:00", closes: "18:30" },
          { days: ["wednesday", "saturday"], opens: "10:00", closes: "12:30" },
          { days: ["wednesday", "saturday"], opens: "14:00", closes: "18:00" },
        ],
        special: holidays(now),
      },
    },
  ];
}

const METRES_PER_DEGREE = 111_320;

/**
 * The demo directory of Donges and its neighbours: shops, associations, a
 * third place, public services; indexed for search in the same transaction.
 */
export function seedDemoDirectory({ db, search }: Store, { now }: { now: Date }) {
  const ids: number[] = [];
  for (const { placeCode, offset, ...listing } of listings(now)) {
    const place = db
      .select({ id: places.id, lat: places.lat, lng: places.lng })
      .from(places)
      .where(eq(places.code, placeCode))
      .get();
    if (!place) continue;
    const [east, north] = offset ?? [0, 0];
    const { id } = db
      .insert(organisations)
      .values({
        ...listing,
        slug: slugify(listing.name),
        placeId: place.id,
        lat: place.lat + north / METRES_PER_DEGREE,
        lng: place.lng + east / (METRES_PER_DEGREE * Math.cos((place.lat * Math.PI) / 180)),
        approximate: !offset,
        descriptionHtml: listing.description ? renderMarkdown(listing.description) : null,
      })
      .returning({ id: organisations.id })
      .get();
    ids.push(id);
  }
  search.organisationsChanged(db, ids);
}

/**
 * The Donges bakery is run by a demo member (claimed, checked by a visit of
 * the Donges ambassador a week ago), and the café has a claim waiting on
 * /ambassadeur/fiches, so both sides of claims look alive.
 */
export function seedDemoClaims(
  { db, search }: Store,
  {
    now,
    baker,
    waiting,
    ambassador,
  }: { now: Date; baker: string; waiting: string; ambassador: string },
) {
  const idOf = (siret: string) =>
    db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.siret, siret))
      .get()?.id;
  const bakery = idOf("81234567800012");
  const cafe = idOf("90345678100013");
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  if (bakery) {
    db.insert(organisationClaims)
      .values({
        organisationId: bakery,
        userId: baker,
        status: "approved",
        role: "Boulanger, gérant",
        checkMethod: "visit",
        checkNote: "Passée au fournil, rencontré derrière le comptoir.",
        reviewedById: ambassador,
        reviewedAt: weekAgo,
        createdAt: new Date(weekAgo.getTime() - 86_400_000),
      })
      .run();
    db.update(organisations).set({ claimedAt: weekAgo }).where(eq(organisations.id, bakery)).run();
    search.organisationsChanged(db, [bakery]);
  }
  if (cafe) {
    db.insert(organisationClaims)
      .values({
        organisationId: cafe,
        userId: waiting,
        status: "pending",
        role: "Serveuse, je m’occupe des concerts",
        message: "Joignable au café du mardi au samedi, le matin.",
        createdAt: new Date(now.getTime() - 86_400_000),
      })
      .run();
  }
}

/** Demo answers that recommend a demo listing (ADR 025): the answer's first words, the listing, a lead-in. */
const DEMO_RECOMMENDATIONS = [
  {
    answerStartsWith: "Demandez Patrick, plombier à la retraite",
    listing: "Donges Plomberie Services",
    lead: "Et si Patrick n'est pas dispo, ceux-là sont sérieux :",
  },
  {
    answerStartsWith: "Celle du bourg est fermée le lundi",
    listing: "Au Fournil de Donges",
    lead: "Sinon à Donges, le fournil est ouvert le lundi matin :",
  },
] as const;

/** Adds the demo recommendations, once the questions and the directory are seeded. */
export function seedDemoRecommendations({ db, search }: Store) {
  for (const demo of DEMO_RECOMMENDATIONS) {
    const listing = db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, demo.listing))
      .get();
    const answer = db
      .select({ id: answers.id, questionId: answers.questionId, body: answers.body })
      .from(answers)
      .where(like(answers.body, `${demo.answerStartsWith}%`))
      .get();
    if (!listing || !answer) continue;
    const body = withListingToken(`${answer.body}\n\n${demo.lead}`, listing.id);
    const bodyHtml = renderMarkdown(body);
    db.update(answers).set({ body, bodyHtml }).where(eq(answers.id, answer.id)).run();
    syncAnswerListings(db, answer.id, bodyHtml);
    search.questionChanged(db, answer.questionId);
  }
}
