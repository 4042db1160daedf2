import { eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { listingShownChanged } from "#db/directory/partners";
import type { Store } from "#app/server/search.server";
import { partnerPages } from "#db/schema";
import { shownImage } from "#app/domain/images";
import { renderMarkdown } from "#app/domain/markdown.server";
import { isPartnerService, PARTNER_GALLERY_MAX, type PartnerService } from "#app/domain/partners";
import {
  addGalleryImage,
  galleryImages,
  removeGalleryImage,
  type ImageStore,
  type NewImage,
} from "#app/models/images/images.server";
import { refused, type Outcome } from "#app/models/refusals";
import { listingForEdit, mayEditListing } from "./manage.server";
import { isPartner } from "./partnerships.server";

/*
 * A partner's full page: a long description (Markdown, sanitized as the
 * listing's), « nos services » and a gallery of up to 8 photos. Its
 * managers (and the place's staff) set them while the partnership runs; the
 * listing page shows them only then. Between two partnerships they are
 * kept, hidden.
 */

type Member = { id: string; isAdmin: boolean };

function pageRow(db: AppDatabase, organisationId: number) {
  return db
    .select()
    .from(partnerPages)
    .where(eq(partnerPages.organisationId, organisationId))
    .get();
}

/** What the listing page shows of a partner: null while it is not one. */
export function partnerShowcase(db: AppDatabase, organisationId: number, at = new Date()) {
  if (!isPartner(db, organisationId, at)) return null;
  const page = pageRow(db, organisationId);
  return {
    longDescriptionHtml: page?.longDescriptionHtml ?? null,
    services: (page?.services ?? []).filter(isPartnerService),
    gallery: galleryImages(db, organisationId).map((image) => ({
      id: image.id,
      ...shownImage(image),
    })),
  };
}

/** Who may set the page, and whether it may be set now. */
function mayEdit(db: AppDatabase, editor: Member, organisationId: number, at: Date): Outcome {
  const listing = listingForEdit(db, organisationId);
  if (!listing) return refused({ reason: "not-found" });
  if (!mayEditListing(db, editor, listing)) return refused({ reason: "not-listing-manager" });
  if (!isPartner(db, organisationId, at)) return refused({ reason: "not-partner" });
  return { ok: true };
}

/** The page as its edit form starts from it. */
export function partnerPageForEdit(db: AppDatabase, organisationId: number) {
  const page = pageRow(db, organisationId);
  return {
    longDescription: page?.longDescription ?? "",
    services: page?.services ?? [],
    gallery: galleryImages(db, organisationId).map((image) => ({
      id: image.id,
      ...shownImage(image),
    })),
  };
}

export function updatePartnerPage(
  { db, search }: Store,
  editor: Member,
  organisationId: number,
  edit: { longDescription: string | null; services: PartnerService[] },
  at = new Date(),
): Outcome {
  const allowed = mayEdit(db, editor, organisationId, at);
  if (!allowed.ok) return allowed;
  const longDescription = edit.longDescription?.trim() || null;
  const values = {
    longDescription,
    longDescriptionHtml: longDescription ? renderMarkdown(longDescription) : null,
    services: [...new Set(edit.services)].filter(isPartnerService),
    updatedAt: at,
  };
  db.transaction(() => {
    db.insert(partnerPages)
      .values({ organisationId, ...values })
      .onConflictDoUpdate({ target: partnerPages.organisationId, set: values })
      .run();
    // Services are searchable with the listing (ADR 021's documents).
    search.organisationsChanged(db, [organisationId]);
    listingShownChanged(db, organisationId);
  });
  return { ok: true };
}

/** One more photo in the gallery, up to PARTNER_GALLERY_MAX. */
export function addGalleryPhoto(
  store: ImageStore,
  editor: Member,
  organisationId: number,
  photo: NewImage,
  at = new Date(),
): Outcome<{ imageId: number }> {
  const allowed = mayEdit(store.db, editor, organisationId, at);
  if (!allowed.ok) return allowed;
  const gallery = galleryImages(store.db, organisationId);
  if (gallery.length >= PARTNER_GALLERY_MAX) return refused({ reason: "gallery-full" });
  const position = Math.max(-1, ...gallery.map((image) => image.position)) + 1;
  listingShownChanged(store.db, organisationId);
  const imageId = addGalleryImage(store, { organisationId, ownerId: editor.id, position }, photo);
  return { ok: true, imageId };
}

export function removeGalleryPhoto(
  store: ImageStore,
  editor: Member,
  organisationId: number,
  imageId: number,
  at = new Date(),
): Outcome {
  const allowed = mayEdit(store.db, editor, organisationId, at);
  if (!allowed.ok) return allowed;
  removeGalleryImage(store, organisationId, imageId);
  listingShownChanged(store.db, organisationId);
  return { ok: true };
}
