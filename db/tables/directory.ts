import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from "drizzle-orm/sqlite-core";
import type {
  ClaimCheck,
  ClaimStatus,
  OrganisationCategory,
  OrganisationKind,
  OrganisationSource,
} from "#app/domain/directory";
import type { OpeningHours } from "#app/domain/opening-hours";
import type { PartnerService } from "#app/domain/partners";
import { createdAt } from "./columns";
import { users } from "./members";
import { places } from "./places";
import { answers } from "./questions";

/*
 * The directory: associations, shops and craftspeople, third places and
 * public services (« fiches », `organisations` as in the API).
 */

/**
 * A listing. Its point is exact when a source gave one for a business's
 * premises, else its commune's centre (`approximate`); the
 * `organisations_rtree` index (custom migration) follows it. The street
 * address is shown only when `addressPublic` and, for a sole trader (whose
 * premises are often a home), only once the listing is claimed: see
 * `addressIsShown` in app/domain/directory.ts.
 */
export const organisations = sqliteTable(
  "organisations",
  {
    id: integer("id").primaryKey(),
    kind: text("kind").$type<OrganisationKind>().notNull(),
    category: text("category").$type<OrganisationCategory>().notNull(),
    name: text("name").notNull(),
    /** Another name it goes by (the RNA's `titre_court`, an acronym). */
    alias: text("alias"),
    slug: text("slug").notNull(),
    /** Markdown, and the same rendered and sanitized. */
    description: text("description"),
    descriptionHtml: text("description_html"),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id),
    lat: real("lat").notNull(),
    lng: real("lng").notNull(),
    /** True when the point is the commune's centre, not the premises. */
    approximate: integer("approximate", { mode: "boolean" }).notNull(),
    /** Street line ("12 rue du Port") and postal code, as the source gave them. */
    address: text("address"),
    postalCode: text("postal_code"),
    /** Business premises, or the managers chose to show the address. */
    addressPublic: integer("address_public", { mode: "boolean" }).notNull().default(false),
    /** A sole trader (entrepreneur individuel), or not known to be a company: address hidden until claimed. */
    soleTrader: integer("sole_trader", { mode: "boolean" }).notNull().default(false),
    phone: text("phone"),
    /** Never printed: messages go through a contact form (a later issue). */
    email: text("email"),
    website: text("website"),
    /** Social network addresses, a JSON array of URLs. */
    socialLinks: text("social_links", { mode: "json" }).$type<string[]>(),
    /** Whether the contact fields may be published (the RNA's `publiweb`; managers for claimed listings). */
    contactPublic: integer("contact_public", { mode: "boolean" }).notNull().default(true),
    /** schema.org-shaped weekly ranges and special days; null when unknown. */
    openingHours: text("opening_hours", { mode: "json" }).$type<OpeningHours>(),
    source: text("source").$type<OrganisationSource>().notNull(),
    /** The association register's number (W…), and the establishment's SIRET: imports upsert by them. */
    rnaNumber: text("rna_number").unique(),
    siret: text("siret").unique(),
    /** When a manager's claim was approved (claims and managers: a later issue). */
    claimedAt: integer("claimed_at", { mode: "timestamp" }),
    /** A duplicate merged into another listing (ADR 025): its page moves there, it leaves search. */
    mergedIntoId: integer("merged_into_id").references((): AnySQLiteColumn => organisations.id),
    mergedAt: integer("merged_at", { mode: "timestamp" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (table) => [
    index("organisations_place_idx").on(table.placeId, table.kind, table.category),
    index("organisations_kind_category_idx").on(table.kind, table.category),
  ],
);

export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;

/**
 * A member's claim to run a listing. Approved claims are its managers
 * (several per listing); the reviewer (an ambassador or moderator of the
 * listing's place) records how they checked. A member has at most one
 * pending or approved claim per listing.
 */
export const organisationClaims = sqliteTable(
  "organisation_claims",
  {
    id: integer("id").primaryKey(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status").$type<ClaimStatus>().notNull(),
    /** What the claimant does there ("gérante", "trésorier"). */
    role: text("role").notNull(),
    /** How the reviewer may check (a phone number to call back, when to visit): for staff only. */
    message: text("message"),
    checkMethod: text("check_method").$type<ClaimCheck>(),
    /** The reviewer's note of the check: for staff only. */
    checkNote: text("check_note"),
    reviewedById: text("reviewed_by_id").references(() => users.id),
    reviewedAt: integer("reviewed_at", { mode: "timestamp" }),
    /** Why staff revoked an approved claim: public, in the place's moderation log. */
    revokedReason: text("revoked_reason"),
    revokedAt: integer("revoked_at", { mode: "timestamp" }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("organisation_claims_live_idx")
      .on(table.organisationId, table.userId)
      .where(sql`status in ('pending', 'approved')`),
    index("organisation_claims_status_idx").on(table.status, table.organisationId),
    index("organisation_claims_user_idx").on(table.userId),
  ],
);

/** Every edit of a listing by its managers or staff: the fields as they became. */
export const organisationRevisions = sqliteTable(
  "organisation_revisions",
  {
    id: integer("id").primaryKey(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    editorId: text("editor_id").references(() => users.id, { onDelete: "set null" }),
    /** The edited fields after the edit (JSON). */
    fields: text("fields", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("organisation_revisions_idx").on(table.organisationId, table.createdAt)],
);

export type OrganisationClaim = typeof organisationClaims.$inferSelect;

/**
 * A partner merchant's agreement, recorded by an ambassador or an admin: the
 * full page and « bons plans » while it runs. No payment is processed here
 * (ADR 020): `monthlyAmountCents` is what the partner pays by other means,
 * and what the ambassadors' monthly statement adds up. Days are Paris
 * calendar days, `YYYY-MM-DD`, both included; `endedAt` ends one early.
 */
export const partnerships = sqliteTable(
  "partnerships",
  {
    id: integer("id").primaryKey(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
    monthlyAmountCents: integer("monthly_amount_cents").notNull(),
    /** The ambassador who signed and follows the partner (their share is computed from it). */
    ambassadorId: text("ambassador_id").references(() => users.id, { onDelete: "set null" }),
    recordedById: text("recorded_by_id").references(() => users.id, { onDelete: "set null" }),
    endedAt: integer("ended_at", { mode: "timestamp" }),
    /** Why it was ended early: for staff only. */
    endedReason: text("ended_reason"),
    createdAt: createdAt(),
  },
  (table) => [
    index("partnerships_organisation_idx").on(table.organisationId, table.endsOn),
    index("partnerships_ambassador_idx").on(table.ambassadorId, table.endsOn),
  ],
);

export type Partnership = typeof partnerships.$inferSelect;

/**
 * A partner's full page, set by the listing's managers: shown only while a
 * partnership runs, kept (hidden) between two. Its photos are `images` rows
 * with purpose `gallery` (ADR 018's pipeline).
 */
export const partnerPages = sqliteTable("partner_pages", {
  organisationId: integer("organisation_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  /** Markdown, and the same rendered and sanitized. */
  longDescription: text("long_description"),
  longDescriptionHtml: text("long_description_html"),
  /** « Nos services », from PARTNER_SERVICES. */
  services: text("services", { mode: "json" }).$type<PartnerService[]>().notNull().default([]),
  updatedAt: integer("updated_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`),
});

/**
 * The listings an answer recommends (its `[fiche:N]` lines, ADR 025), kept in
 * step with the answer's body on every write. Whether a recommendation counts
 * (its answer and question live) is read from the answer when counting.
 */
export const answerListings = sqliteTable(
  "answer_listings",
  {
    answerId: integer("answer_id")
      .notNull()
      .references(() => answers.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.answerId, table.organisationId] }),
    index("answer_listings_organisation_idx").on(table.organisationId),
  ],
);
