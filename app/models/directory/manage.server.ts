import { desc, eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import type { Store } from "#app/server/search.server";
import { organisationRevisions, organisations, places, users } from "#db/schema";
import type { OrganisationCategory, OrganisationKind } from "#app/domain/directory";
import { renderMarkdown } from "#app/domain/markdown.server";
import { slugify } from "#app/domain/normalize";
import type { OpeningHours } from "#app/domain/opening-hours";
import { loadActor } from "#app/models/members/privileges.server";
import { refused, type Outcome } from "#app/models/refusals";
import { claimListing, isListingStaff, isManager, type ClaimInput } from "./claims.server";

/*
 * What managers change on their listing, and its revisions: each edit keeps
 * the edited fields as they became, with who and when.
 */

export type ListingEdit = {
  description: string | null;
  phone: string | null;
  website: string | null;
  /** Where the listing's messages go when it has no manager yet; never printed. */
  email: string | null;
  address: string | null;
  postalCode: string | null;
  addressPublic: boolean;
  openingHours: OpeningHours | null;
};

/** The listing's editable fields, as the edit form starts from them. */
export function listingForEdit(db: AppDatabase, organisationId: number) {
  return (
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        slug: organisations.slug,
        placeId: organisations.placeId,
        soleTrader: organisations.soleTrader,
        description: organisations.description,
        phone: organisations.phone,
        website: organisations.website,
        email: organisations.email,
        address: organisations.address,
        postalCode: organisations.postalCode,
        addressPublic: organisations.addressPublic,
        openingHours: organisations.openingHours,
      })
      .from(organisations)
      .where(eq(organisations.id, organisationId))
      .get() ?? null
  );
}

/** Whether the member may edit the listing: a manager, or staff of its place. */
export function mayEditListing(
  db: AppDatabase,
  member: { id: string; isAdmin: boolean },
  listing: { id: number; placeId: number },
) {
  return isManager(db, member.id, listing.id) || isListingStaff(db, member, listing.placeId);
}

/**
 * A manager (or staff of the place) edits the listing. Once a manager edits
 * it, the contact fields are theirs to publish: `contactPublic` is set.
 */
export function updateListing(
  { db, search }: Store,
  editor: { id: string; isAdmin: boolean },
  organisationId: number,
  edit: ListingEdit,
  at = new Date(),
): Outcome {
  const listing = listingForEdit(db, organisationId);
  if (!listing) return refused({ reason: "not-found" });
  if (!mayEditListing(db, editor, listing)) return refused({ reason: "not-listing-manager" });
  const description = edit.description?.trim() || null;
  db.transaction(() => {
    db.update(organisations)
      .set({
        ...edit,
        description,
        descriptionHtml: description ? renderMarkdown(description) : null,
        contactPublic: true,
        updatedAt: at,
      })
      .where(eq(organisations.id, organisationId))
      .run();
    // In the edit's transaction (ADR 021): the index never disagrees with the listing.
    search.organisationsChanged(db, [organisationId]);
    db.insert(organisationRevisions)
      .values({
        organisationId,
        editorId: editor.id,
        fields: { ...edit, description },
        createdAt: at,
      })
      .run();
  });
  return { ok: true };
}

/** A listing's revisions, newest first, with their editors' names (for its managers and staff). */
export function listingRevisions(db: AppDatabase, organisationId: number, limit = 50) {
  return db
    .select({
      id: organisationRevisions.id,
      createdAt: organisationRevisions.createdAt,
      fields: organisationRevisions.fields,
      editor: { firstName: users.firstName, lastName: users.lastName },
    })
    .from(organisationRevisions)
    .leftJoin(users, eq(users.id, organisationRevisions.editorId))
    .where(eq(organisationRevisions.organisationId, organisationId))
    .orderBy(desc(organisationRevisions.createdAt), desc(organisationRevisions.id))
    .limit(limit)
    .all();
}

export type NewListing = {
  kind: OrganisationKind;
  category: OrganisationCategory;
  name: string;
  placeId: number;
};

/**
 * A verified neighbour adds a listing that the directory lacks: it sits on
 * its commune's centre (approximate) until its managers give the address,
 * and it comes with the member's claim, pending like any other. Refused as a
 * claim would be, and then nothing is written.
 */
export function createListing(
  { db, search }: Store,
  memberId: string,
  listing: NewListing,
  claim: ClaimInput,
  at = new Date(),
): Outcome<{ organisationId: number; slug: string; claimId: number }> {
  const place = db
    .select({ id: places.id, lat: places.lat, lng: places.lng })
    .from(places)
    .where(eq(places.id, listing.placeId))
    .get();
  if (!place) return refused({ reason: "unknown-place" });
  if (!loadActor(db, memberId)?.verifiedNeighbour) {
    return refused({ reason: "claim-needs-verified-neighbour" });
  }
  return db.transaction(() => {
    const slug = slugify(listing.name).slice(0, 80).replace(/-+$/, "") || "fiche";
    const row = db
      .insert(organisations)
      .values({
        kind: listing.kind,
        category: listing.category,
        name: listing.name.trim(),
        slug,
        placeId: place.id,
        lat: place.lat,
        lng: place.lng,
        approximate: true,
        source: "member",
        addressPublic: false,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: organisations.id })
      .get();
    search.organisationsChanged(db, [row.id]);
    const claimed = claimListing(db, memberId, row.id, claim, at);
    // Checked above, in this transaction: a refusal here is a bug, and rolls the listing back.
    if (!claimed.ok) throw new Error(`createListing: claim refused (${claimed.refusal.reason})`);
    return { ok: true as const, organisationId: row.id, slug, claimId: claimed.claimId };
  });
}
