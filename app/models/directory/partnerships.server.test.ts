import { describe, expect, it } from "vitest";
import { organisations, partnerships } from "#db/schema";
import { copyPlacesDatabase } from "#test/databases";
import { placeByCode } from "#test/members";
import { isPartner, partnerIds } from "./partnerships.server";

const db = copyPlacesDatabase();
const donges = placeByCode(db, "44052");

function listing(name: string) {
  return db
    .insert(organisations)
    .values({
      kind: "commerce",
      category: "boulangerie",
      name,
      slug: name.toLowerCase(),
      placeId: donges.id,
      lat: donges.lat,
      lng: donges.lng,
      approximate: true,
      source: "member",
    })
    .returning({ id: organisations.id })
    .get().id;
}

describe("partners", () => {
  const bakery = listing("Fournil");
  const grocer = listing("Epicerie");
  const florist = listing("Fleurs");
  db.insert(partnerships)
    .values([
      {
        organisationId: bakery,
        startsOn: "2026-12-01",
        endsOn: "2027-05-31",
        monthlyAmountCents: 3000,
      },
      {
        organisationId: grocer,
        startsOn: "2026-01-01",
        endsOn: "2026-11-30",
        monthlyAmountCents: 3000,
      },
      {
        organisationId: florist,
        startsOn: "2026-12-01",
        endsOn: "2027-05-31",
        monthlyAmountCents: 3000,
        endedAt: new Date("2026-12-03T10:00:00Z"),
      },
    ])
    .run();

  it("are the listings whose partnership runs on that Paris day, both ends included", () => {
    // 23:30 UTC on 30 November is already 1 December in Paris.
    const firstDay = new Date("2026-11-30T23:30:00Z");
    expect(partnerIds(db, [bakery, grocer, florist], firstDay)).toEqual(new Set([bakery, florist]));
    expect(isPartner(db, grocer, new Date("2026-11-30T22:59:00Z"))).toBe(true);
    expect(isPartner(db, bakery, new Date("2026-11-30T22:59:00Z"))).toBe(false);
    expect(isPartner(db, bakery, new Date("2027-05-31T21:59:00Z"))).toBe(true);
    expect(isPartner(db, bakery, new Date("2027-05-31T22:00:00Z"))).toBe(false);
  });

  it("no longer include a partnership ended early", () => {
    expect(isPartner(db, florist, new Date("2026-12-05T12:00:00Z"))).toBe(false);
  });
});
