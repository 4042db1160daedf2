/**
 * The directory's vocabulary: kinds of listings (« fiches », `organisations`
 * in code and in the API) and a curated list of categories per kind. The
 * labels live in the catalogues (`directory.kind.*`, `directory.category.*`).
 * Browser-safe: filters, forms and the database types share these lists.
 */

export const ORGANISATION_KINDS = [
  "association",
  "commerce",
  "tiers-lieu",
  "service-public",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const CATEGORIES_BY_KIND = {
  association: [
    "sport",
    "culture",
    "loisirs",
    "solidarite",
    "environnement",
    "education",
    "jeunesse",
    "seniors",
    "sante-handicap",
    "vie-locale",
    "alimentation-durable",
    "autre-association",
  ],
  commerce: [
    "boulangerie",
    "boucherie",
    "alimentation",
    "cafe-restaurant",
    "commerce-detail",
    "pharmacie",
    "sante",
    "batiment",
    "reparation",
    "garage",
    "services-personne",
    "autre-commerce",
  ],
  "tiers-lieu": [
    "cafe-associatif",
    "fablab",
    "coworking",
    "ressourcerie",
    "jardin-partage",
    "autre-tiers-lieu",
  ],
  "service-public": [
    "mairie",
    "ccas",
    "mediatheque",
    "france-services",
    "ecole",
    "poste",
    "dechetterie",
    "autre-service-public",
  ],
} as const satisfies Record<OrganisationKind, readonly string[]>;

export type OrganisationCategory = (typeof CATEGORIES_BY_KIND)[OrganisationKind][number];
export const ORGANISATION_CATEGORIES = Object.values(
  CATEGORIES_BY_KIND,
).flat() as OrganisationCategory[];

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === "string" && (ORGANISATION_KINDS as readonly string[]).includes(value);
}

export function isOrganisationCategory(value: unknown): value is OrganisationCategory {
  return typeof value === "string" && (ORGANISATION_CATEGORIES as string[]).includes(value);
}

export function kindOfCategory(category: OrganisationCategory): OrganisationKind {
  return ORGANISATION_KINDS.find((kind) =>
    (CATEGORIES_BY_KIND[kind] as readonly string[]).includes(category),
  )!;
}

export const ORGANISATION_SOURCES = ["rna", "sirene", "member"] as const;
export type OrganisationSource = (typeof ORGANISATION_SOURCES)[number];

/** The radii a reader can pick for the directory around a place. */
export const DIRECTORY_RADII = [2, 5, 10, 25] as const;
export const DEFAULT_DIRECTORY_RADIUS_KM = 10;
export const DIRECTORY_PAGE_SIZE = 20;
export const ORGANISATION_NAME_MAX = 150;
export const ORGANISATION_DESCRIPTION_MAX = 5_000;

/**
 * Whether visitors may see a listing's street address: business premises
 * (or the managers chose to show it), and never a sole trader's before the
 * listing is claimed, since their premises are often their home.
 */
export function addressIsShown(listing: {
  addressPublic: boolean;
  soleTrader: boolean;
  claimed: boolean;
}) {
  return listing.addressPublic && (!listing.soleTrader || listing.claimed);
}

/** The slug of a listing's URL: `/o/:id/:slug`. */
export function organisationPath(listing: { id: number; slug: string }) {
  return `/o/${listing.id}/${listing.slug}`;
}

/*
 * Claims and managers (issue 15, item 3). A verified neighbour claims a
 * listing; an ambassador or moderator of its place approves after a check
 * they record, or refuses. Approved claims are the listing's managers; staff
 * may revoke one, with a reason the public moderation log shows.
 */
export const CLAIM_STATUSES = ["pending", "approved", "refused", "revoked"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** How the reviewer checked the claimant runs the place. */
export const CLAIM_CHECKS = ["phone-callback", "visit", "document"] as const;
export type ClaimCheck = (typeof CLAIM_CHECKS)[number];

export const CLAIM_ROLE_MAX = 100;
export const CLAIM_MESSAGE_MAX = 1_000;
export const CLAIM_NOTE_MAX = 1_000;
export const CONTACT_FIELD_MAX = 200;
