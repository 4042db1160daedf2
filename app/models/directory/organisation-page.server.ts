import { eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { organisations, places } from "#db/schema";
import { addressIsShown, organisationPath } from "#app/domain/directory";
import {
  hasOpeningHours,
  openingStatus,
  toOpeningHoursSpecification,
} from "#app/domain/opening-hours";

/**
 * A listing as its page shows it to anyone: the street address and the
 * premises' point only when they may be shown (else the commune and its
 * centre), the contact fields only with the publication consent, the
 * e-mail never (a contact form, later, will use it).
 */
export function getOrganisationPage(
  db: AppDatabase,
  id: number,
  options: { at: Date; origin: string },
) {
  const row = db
    .select({
      organisation: organisations,
      place: {
        code: places.code,
        name: places.name,
        slug: places.slug,
        lat: places.lat,
        lng: places.lng,
        postalCodes: places.postalCodes,
      },
    })
    .from(organisations)
    .innerJoin(places, eq(places.id, organisations.placeId))
    .where(eq(organisations.id, id))
    .get();
  if (!row) return null;
  const { organisation, place } = row;
  const claimed = organisation.claimedAt != null;
  const showAddress = addressIsShown({
    addressPublic: organisation.addressPublic,
    soleTrader: organisation.soleTrader,
    claimed,
  });
  const precise = showAddress && !organisation.approximate;
  const contact = organisation.contactPublic;
  const hours = hasOpeningHours(organisation.openingHours) ? organisation.openingHours : null;
  const path = organisationPath(organisation);
  const postalCode = organisation.postalCode ?? place.postalCodes.split(" ")[0] ?? null;
  const address = showAddress ? organisation.address : null;

  const jsonLd = {
    "@context": "https://schema.org",
    "@type": organisation.kind === "commerce" ? "LocalBusiness" : "Organization",
    "@id": `${options.origin}${path}`,
    name: organisation.name,
    ...(organisation.alias ? { alternateName: organisation.alias } : {}),
    url: `${options.origin}${path}`,
    ...(organisation.description ? { description: organisation.description.slice(0, 500) } : {}),
    address: {
      "@type": "PostalAddress",
      ...(address ? { streetAddress: address } : {}),
      ...(postalCode ? { postalCode } : {}),
      addressLocality: place.name,
      addressCountry: "FR",
    },
    ...(precise
      ? {
          geo: {
            "@type": "GeoCoordinates",
            latitude: organisation.lat,
            longitude: organisation.lng,
          },
        }
      : {}),
    ...(contact && organisation.website
      ? { sameAs: [organisation.website, ...(organisation.socialLinks ?? [])] }
      : {}),
    ...(contact && organisation.phone ? { telephone: organisation.phone } : {}),
    ...(hours ? { openingHoursSpecification: toOpeningHoursSpecification(hours) } : {}),
  };

  return {
    id: organisation.id,
    slug: organisation.slug,
    path,
    placeId: organisation.placeId,
    name: organisation.name,
    alias: organisation.alias,
    kind: organisation.kind,
    category: organisation.category,
    descriptionHtml: organisation.descriptionHtml,
    place: { code: place.code, name: place.name, slug: place.slug },
    address,
    postalCode: address ? postalCode : null,
    point: precise
      ? { lat: organisation.lat, lng: organisation.lng, approximate: false }
      : { lat: place.lat, lng: place.lng, approximate: true },
    website: contact ? organisation.website : null,
    phone: contact ? organisation.phone : null,
    socialLinks: contact ? (organisation.socialLinks ?? []) : [],
    hours,
    openingStatus: hours ? openingStatus(hours, options.at) : null,
    claimed,
    /** Set when this listing was merged into another (ADR 025): its page moves there. */
    mergedIntoId: organisation.mergedIntoId,
    fromOpenData: organisation.source !== "member",
    source: organisation.source,
    updatedAt: organisation.updatedAt,
    jsonLd,
  };
}

export type OrganisationPage = NonNullable<ReturnType<typeof getOrganisationPage>>;
