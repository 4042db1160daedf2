import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { organisations, partnerships, roleGrants, users } from "#db/schema";
import { copyPlacesDatabase } from "#test/databases";
import { memberFactory, placeByCode } from "#test/members";
import { embeddedStore } from "#test/store";
import { monthlyStatement, renewalsDue, statementCsv } from "./partnership-statement.server";
import {
  endPartnership,
  isPartner,
  partnerIds,
  recordPartnership,
  renewalTerms,
  renewPartnership,
} from "./partnerships.server";

const db = copyPlacesDatabase();
const store = embeddedStore(db);
const member = memberFactory(db);
const donges = placeByCode(db, "44052");
const montoir = placeByCode(db, "44103");
afterAll(() => db.$client.close());

function listing(name: string, placeId = donges.id) {
  return db
    .insert(organisations)
    .values({
      kind: "commerce",
      category: "boulangerie",
      name,
      slug: name.toLowerCase(),
      placeId,
      lat: donges.lat,
      lng: donges.lng,
      approximate: true,
      source: "member",
    })
    .returning({ id: organisations.id })
    .get().id;
}

function ambassadorOf(placeId: number) {
  const staff = member(placeId);
  db.insert(roleGrants).values({ userId: staff.id, role: "ambassador", placeId }).run();
  return staff;
}

const terms = { startsOn: "2026-12-01", endsOn: "2027-05-31", monthlyAmountCents: 3000 };

describe("partners", () => {
  const bakery = listing("Fournil");
  const grocer = listing("Epicerie");
  const florist = listing("Fleurs");
  db.insert(partnerships)
    .values([
      { organisationId: bakery, ...terms },
      {
        organisationId: grocer,
        startsOn: "2026-01-01",
        endsOn: "2026-11-30",
        monthlyAmountCents: 3000,
      },
      { organisationId: florist, ...terms, endedAt: new Date("2026-12-03T10:00:00Z") },
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

describe("recording a partnership", () => {
  const shop = listing("Cordonnerie");
  const at = new Date("2026-12-05T12:00:00Z");
  const ambassador = ambassadorOf(donges.id);
  const colleague = ambassadorOf(donges.id);
  const elsewhere = ambassadorOf(montoir.id);
  const admin = member(donges.id, { isAdmin: true });
  const manager = member(donges.id);
  const neighbour = member(donges.id);

  it("is for the ambassadors of the listing's place and admins only", () => {
    for (const actor of [neighbour, manager, elsewhere]) {
      expect(recordPartnership(store, actor, shop, terms, at)).toEqual({
        ok: false,
        refusal: { reason: "not-partnership-staff" },
      });
    }
    // An ambassador signs for themself, not for a colleague.
    expect(
      recordPartnership(store, ambassador, shop, { ...terms, ambassadorId: colleague.id }, at),
    ).toMatchObject({ ok: false, refusal: { reason: "partnership-ambassador" } });
    // An admin names one of the place's ambassadors, not someone else's.
    expect(
      recordPartnership(store, admin, shop, { ...terms, ambassadorId: elsewhere.id }, at),
    ).toMatchObject({ ok: false, refusal: { reason: "partnership-ambassador" } });
    const recorded = recordPartnership(
      store,
      admin,
      shop,
      { ...terms, ambassadorId: colleague.id },
      at,
    );
    expect(recorded.ok).toBe(true);
    expect(isPartner(db, shop, at)).toBe(true);
  });

  it("refuses nonsense days and overlaps", () => {
    const other = listing("Primeur");
    expect(
      recordPartnership(store, ambassador, other, { ...terms, endsOn: "2026-11-30" }, at),
    ).toMatchObject({ ok: false, refusal: { reason: "partnership-dates" } });
    expect(
      recordPartnership(store, ambassador, other, { ...terms, startsOn: "2026-02-30" }, at),
    ).toMatchObject({ ok: false, refusal: { reason: "partnership-dates" } });
    expect(recordPartnership(store, ambassador, other, terms, at).ok).toBe(true);
    expect(
      recordPartnership(
        store,
        ambassador,
        other,
        { ...terms, startsOn: "2027-05-31", endsOn: "2027-06-30" },
        at,
      ),
    ).toMatchObject({ ok: false, refusal: { reason: "partnership-overlap" } });
  });

  it("ends early with a reason, once, and renews from the day after the last day", () => {
    const cafe = listing("Café du Port");
    const first = recordPartnership(store, ambassador, cafe, terms, at);
    if (!first.ok) throw new Error("not recorded");
    expect(renewalTerms(db, first.partnershipId)).toMatchObject({
      startsOn: "2027-06-01",
      endsOn: "2027-11-30",
      monthlyAmountCents: 3000,
      ambassadorId: ambassador.id,
    });
    expect(endPartnership(store, elsewhere, first.partnershipId, "x", at)).toMatchObject({
      ok: false,
      refusal: { reason: "not-partnership-staff" },
    });
    const renewed = renewPartnership(
      store,
      ambassador,
      first.partnershipId,
      { endsOn: "2027-11-30", monthlyAmountCents: 3500 },
      at,
    );
    expect(renewed.ok).toBe(true);
    expect(endPartnership(store, ambassador, first.partnershipId, "Fermeture", at)).toEqual({
      ok: true,
    });
    expect(endPartnership(store, ambassador, first.partnershipId, "Encore", at)).toMatchObject({
      ok: false,
      refusal: { reason: "partnership-not-running" },
    });
    expect(isPartner(db, cafe, new Date("2026-12-06T12:00:00Z"))).toBe(false);
  });
});

describe("what ambassadors follow", () => {
  const place = placeByCode(db, "44184"); // Saint-Nazaire
  const ambassador = ambassadorOf(place.id);
  const admin = member(place.id, { isAdmin: true });
  const at = new Date("2026-12-05T12:00:00Z");
  const record = (name: string, startsOn: string, endsOn: string, cents = 3000) => {
    const id = listing(name, place.id);
    const outcome = recordPartnership(
      store,
      ambassador,
      id,
      { startsOn, endsOn, monthlyAmountCents: cents },
      new Date("2026-01-01T12:00:00Z"),
    );
    if (!outcome.ok) throw new Error(outcome.refusal.reason);
    return outcome.partnershipId;
  };
  const soon = record("Bientôt fini", "2026-07-01", "2026-12-31");
  const later = record("Encore long", "2026-07-01", "2027-06-30");
  const lapsed = record("Échu", "2026-01-01", "2026-11-15");
  const renewedOld = record("Renouvelé", "2026-01-01", "2026-12-20");
  renewPartnership(
    store,
    ambassador,
    renewedOld,
    { endsOn: "2027-12-20", monthlyAmountCents: 3000 },
    at,
  );
  const midMonth = record("Mi-mois", "2026-12-16", "2027-06-15", 3100);
  const endedEarly = record("Arrêté", "2026-10-01", "2027-03-31", 3100);
  endPartnership(
    store,
    ambassador,
    endedEarly,
    "Cessation d’activité",
    new Date("2026-12-10T09:00:00Z"),
  );

  it("renewals due: a last day within 30 days or past, without a successor, not ended early", () => {
    const due = renewalsDue(db, ambassador, at).map((row) => row.id);
    expect(due).toEqual([lapsed, soon]);
    expect(due).not.toContain(later);
    expect(due).not.toContain(renewedOld);
    expect(due).not.toContain(midMonth);
    expect(renewalsDue(db, ambassadorOf(montoir.id), at)).toEqual([]);
  });

  it("the monthly statement prorates by the days active in the month", () => {
    const rows = monthlyStatement(db, ambassador, "2026-12");
    const byName = new Map(rows.map((row) => [row.listing, row]));
    expect(byName.has("Échu")).toBe(false);
    expect(byName.get("Encore long")).toMatchObject({ daysActive: 31, amountDueCents: 3000 });
    // 16 to 31 December: 16 days of 31.
    expect(byName.get("Mi-mois")).toMatchObject({
      startsOn: "2026-12-16",
      daysActive: 16,
      monthlyAmountCents: 3100,
      amountDueCents: 1600,
    });
    // Ended on 10 December (Paris day), that day included: 10 days.
    expect(byName.get("Arrêté")).toMatchObject({
      endsOn: "2026-12-10",
      daysActive: 10,
      amountDueCents: 1000,
    });
    // The renewed one: its last 20 days, then its successor's first 11.
    const renewed = rows.filter((row) => row.listing === "Renouvelé");
    expect(renewed.map((row) => [row.daysActive, row.amountDueCents])).toEqual([
      [20, 1935],
      [11, 1065],
    ]);
    expect(rows.every((row) => row.commune === "Saint-Nazaire")).toBe(true);
    // Another ambassador gets none of these rows; an admin gets them all.
    expect(monthlyStatement(db, ambassadorOf(place.id), "2026-12")).toEqual([]);
    const all = monthlyStatement(db, admin, "2026-12").map((row) => row.partnershipId);
    expect(all).toEqual(expect.arrayContaining(rows.map((row) => row.partnershipId)));
  });

  it("the CSV is for machines: ISO days, euros with a dot, one row a partnership", () => {
    const ambassadorName = db
      .select({ firstName: users.firstName })
      .from(users)
      .where(eq(users.id, ambassador.id))
      .get()!.firstName;
    const rows = monthlyStatement(db, ambassador, "2026-12").filter(
      (row) => row.listing === "Mi-mois",
    );
    const lines = statementCsv(rows).trim().split("\n");
    expect(lines[0]).toBe(
      "partenariat,fiche,commune,premier_jour,dernier_jour,jours_actifs,montant_mensuel_eur,montant_du_eur,ambassadeur",
    );
    expect(lines[1]).toBe(
      `${midMonth},Mi-mois,Saint-Nazaire,2026-12-16,2027-06-15,16,31.00,16.00,${ambassadorName} Test`,
    );
  });
});
