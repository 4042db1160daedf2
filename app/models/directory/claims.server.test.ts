import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisations, roleGrants } from "#db/schema";
import { importDirectory } from "#db/directory/import";
import { hoursFromForm, hoursToForm, listingEditSchema } from "#app/domain/listing-forms";
import { isOpenAt } from "#app/domain/opening-hours";
import { translate } from "#app/i18n/i18n";
import { copyPlacesDatabase } from "#test/databases";
import { embeddedStore } from "#test/store";
import { createEmbeddedEngine } from "#search/embedded/engine";
import { memberFactory, placeByCode } from "#test/members";
import { moderationLog } from "#app/models/moderation/log.server";
import {
  claimListing,
  claimsToReview,
  isManager,
  managersOf,
  reviewClaim,
  revokeClaim,
} from "./claims.server";
import { messageListing } from "./contact.server";
import { createListing, listingRevisions, updateListing } from "./manage.server";
import { getOrganisationPage } from "./organisation-page.server";

const fixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../test/fixtures/directory",
);
const db = copyPlacesDatabase();
const store = embeddedStore(db);
const member = memberFactory(db);
const donges = placeByCode(db, "44052");
const montoir = placeByCode(db, "44103");
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate("fr", key, params);
let bakeryId: number;

function ambassadorOf(placeId: number) {
  const staff = member(placeId);
  db.insert(roleGrants).values({ userId: staff.id, role: "ambassador", placeId }).run();
  return staff;
}

beforeAll(async () => {
  await importDirectory(db, {
    rna: path.join(fixtures, "rna_waldec_extrait.csv"),
    sirene: path.join(fixtures, "StockEtablissement_extrait.csv"),
  });
  bakeryId = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.siret, "81234567800012"))
    .get()!.id;
});
afterAll(() => db.$client.close());

describe("claims", () => {
  it("a verified neighbour claims; only the place's staff approve, after a recorded check", () => {
    const baker = member(donges.id);
    const unverified = member(donges.id, { verifiedNeighbour: false });
    expect(claimListing(db, unverified.id, bakeryId, { role: "gérant" })).toEqual({
      ok: false,
      refusal: { reason: "claim-needs-verified-neighbour" },
    });
    const claim = claimListing(db, baker.id, bakeryId, { role: "gérante", message: "06 12" });
    expect(claim.ok).toBe(true);
    if (!claim.ok) return;
    expect(claimListing(db, baker.id, bakeryId, { role: "gérante" })).toMatchObject({
      ok: false,
      refusal: { reason: "claim-exists" },
    });

    // An ambassador of Montoir is not staff of a Donges listing.
    const elsewhere = ambassadorOf(montoir.id);
    expect(claimsToReview(db, elsewhere).pending).toEqual([]);
    const approve = { decision: "approve", check: "phone-callback", note: "Rappelée" } as const;
    expect(reviewClaim(store, elsewhere, claim.claimId, approve)).toMatchObject({
      ok: false,
      refusal: { reason: "not-listing-staff" },
    });

    const ambassador = ambassadorOf(donges.id);
    expect(claimsToReview(db, ambassador).pending.map((pending) => pending.id)).toContain(
      claim.claimId,
    );
    expect(reviewClaim(store, ambassador, claim.claimId, approve)).toEqual({ ok: true });
    expect(reviewClaim(store, ambassador, claim.claimId, approve)).toMatchObject({
      refusal: { reason: "claim-not-pending" },
    });
    expect(isManager(db, baker.id, bakeryId)).toBe(true);
    // The claimant hears of it, and is led to the listing's form.
    const heard = db.$client
      .prepare("SELECT type, dedupe_key, email_delivery FROM notifications WHERE user_id = ?")
      .all(baker.id);
    expect(heard).toEqual([
      {
        type: "claim-approved",
        dedupe_key: `claim:${claim.claimId}:${bakeryId}`,
        email_delivery: "immediate",
      },
    ]);
    expect(getOrganisationPage(db, bakeryId, { at: new Date(), origin: "" })!.claimed).toBe(true);

    // A second manager, then the first one revoked: still claimed; both gone: unclaimed.
    const partner = member(donges.id);
    const second = claimListing(db, partner.id, bakeryId, { role: "associé" });
    if (!second.ok) throw new Error("second claim refused");
    reviewClaim(store, ambassador, second.claimId, { ...approve, check: "visit" });
    expect(managersOf(db, bakeryId).map((manager) => manager.userId)).toEqual([
      baker.id,
      partner.id,
    ]);
    const revoked = revokeClaim(store, ambassador, claim.claimId, "A vendu la boulangerie");
    expect(revoked.ok).toBe(true);
    expect(isManager(db, baker.id, bakeryId)).toBe(false);
    expect(getOrganisationPage(db, bakeryId, { at: new Date(), origin: "" })!.claimed).toBe(true);
    revokeClaim(store, ambassador, second.claimId, "Ne travaille plus ici");
    expect(getOrganisationPage(db, bakeryId, { at: new Date(), origin: "" })!.claimed).toBe(false);

    // The public log: what, on which listing, by which role; no names.
    const entries = moderationLog(db, donges.id).entries.filter(
      (entry) => entry.action === "revoke-claim",
    );
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      targetType: "organisation",
      actorRole: "ambassador",
      publicReason: "Ne travaille plus ici",
      href: expect.stringMatching(new RegExp(`^/o/${bakeryId}/`)),
    });
  });

  it("a refused claim can be made again; a new listing comes with a pending claim", () => {
    const ambassador = ambassadorOf(donges.id);
    const someone = member(donges.id);
    const claim = claimListing(db, someone.id, bakeryId, { role: "gérant" });
    if (!claim.ok) throw new Error("claim refused");
    expect(
      reviewClaim(store, ambassador, claim.claimId, { decision: "refuse", check: null, note: "" }),
    ).toEqual({ ok: true });
    expect(claimListing(db, someone.id, bakeryId, { role: "gérant" }).ok).toBe(true);

    const created = createListing(
      store,
      someone.id,
      { kind: "tiers-lieu", category: "ressourcerie", name: "La Recyclerie", placeId: donges.id },
      { role: "bénévole" },
    );
    expect(created).toMatchObject({ ok: true, slug: "la-recyclerie" });
    const unverified = member(donges.id, { verifiedNeighbour: false });
    expect(
      createListing(
        store,
        unverified.id,
        { kind: "tiers-lieu", category: "fablab", name: "Atelier", placeId: donges.id },
        { role: "bénévole" },
      ),
    ).toMatchObject({ ok: false, refusal: { reason: "claim-needs-verified-neighbour" } });
  });
});

describe("managing a listing", () => {
  it("only managers and staff edit; each edit is a revision", () => {
    const ambassador = ambassadorOf(donges.id);
    const manager = member(donges.id);
    const claim = claimListing(db, manager.id, bakeryId, { role: "gérant" });
    if (!claim.ok) throw new Error("claim refused");
    const edit = {
      description: "Pain au **levain**",
      phone: "02 40 00 00 00",
      website: null,
      email: "fournil@exemple.fr",
      address: "12 rue du Port",
      postalCode: "44480",
      addressPublic: true,
      openingHours: null,
    };
    expect(updateListing(store, manager, bakeryId, edit)).toMatchObject({
      refusal: { reason: "not-listing-manager" },
    });
    reviewClaim(store, ambassador, claim.claimId, {
      decision: "approve",
      check: "document",
      note: "Kbis",
    });
    expect(updateListing(store, manager, bakeryId, edit)).toEqual({ ok: true });
    const page = getOrganisationPage(db, bakeryId, { at: new Date(), origin: "" })!;
    expect(page.descriptionHtml).toBe("<p>Pain au <strong>levain</strong></p>\n");
    expect(page.address).toBe("12 rue du Port");
    expect(page.phone).toBe("02 40 00 00 00");
    expect(JSON.stringify(page)).not.toContain("fournil@exemple.fr");
    expect(listingRevisions(db, bakeryId)[0]).toMatchObject({
      fields: { phone: "02 40 00 00 00" },
      editor: { firstName: expect.stringMatching(/^Voisin/) },
    });
  });

  it("keeps search in step: a new listing, its approval and its edits are indexed at once", async () => {
    const engine = createEmbeddedEngine(db);
    const find = async (text: string) =>
      (await engine.search({ text, types: ["organisation"] })).hits;
    const ambassador = ambassadorOf(donges.id);
    const founder = member(donges.id);
    const created = createListing(
      store,
      founder.id,
      { kind: "tiers-lieu", category: "fablab", name: "Atelier Bidouille", placeId: donges.id },
      { role: "fondatrice" },
    );
    if (!created.ok) throw new Error("listing refused");
    expect(await find("bidouille")).toMatchObject([{ id: created.organisationId, claimed: false }]);
    reviewClaim(store, ambassador, created.claimId, {
      decision: "approve",
      check: "visit",
      note: "",
    });
    expect(await find("bidouille")).toMatchObject([{ claimed: true }]);
    updateListing(store, founder, created.organisationId, {
      description: "Imprimantes 3D et **soudure**, le jeudi soir.",
      phone: null,
      website: null,
      email: null,
      address: null,
      postalCode: null,
      addressPublic: false,
      openingHours: null,
    });
    expect((await find("soudure")).map((hit) => hit.id)).toEqual([created.organisationId]);
  });
});

describe("writing to a listing", () => {
  it("reaches each manager as a private message; refused while it has none", () => {
    const ambassador = ambassadorOf(donges.id);
    const created = createListing(
      store,
      member(donges.id).id,
      { kind: "association", category: "sport", name: "Donges Pétanque", placeId: donges.id },
      { role: "président" },
    );
    if (!created.ok) throw new Error("listing refused");
    const neighbour = member(donges.id);
    expect(messageListing(db, neighbour, created.organisationId, "Bonjour !")).toEqual({
      ok: false,
      refusal: { reason: "listing-without-manager" },
    });
    reviewClaim(store, ambassador, created.claimId, {
      decision: "approve",
      check: "visit",
      note: "vu",
    });
    expect(messageListing(db, neighbour, created.organisationId, "Bonjour !")).toEqual({
      ok: true,
      recipients: 1,
    });
    const [manager] = managersOf(db, created.organisationId);
    const received = db.$client
      .prepare(
        `SELECT m.body FROM messages m JOIN conversations c ON c.id = m.conversation_id
         WHERE ? IN (c.member_a_id, c.member_b_id)`,
      )
      .pluck()
      .all(manager!.userId);
    expect(received).toEqual(["« Donges Pétanque »\n\nBonjour !"]);
  });
});

describe("the hours form", () => {
  const schema = listingEditSchema(t);

  it("reads rows into schema.org-shaped hours: shared times grouped, a past-midnight range, a holiday", () => {
    const parsed = schema.parse({
      tuesday: [{ opens: "07:00", closes: "13:00" }, { opens: "15:00", closes: "19:00" }, {}],
      wednesday: [{ opens: "07:00", closes: "13:00" }],
      friday: [{ opens: "22:00", closes: "02:00" }],
      sunday: [{ opens: "08:00", closes: "12:30" }],
      special: [{ from: "2026-12-25", reason: "holiday" }, {}],
    });
    const hours = hoursFromForm(parsed)!;
    expect(hours.weekly).toEqual([
      { days: ["tuesday", "wednesday"], opens: "07:00", closes: "13:00" },
      { days: ["tuesday"], opens: "15:00", closes: "19:00" },
      { days: ["friday"], opens: "22:00", closes: "02:00" },
      { days: ["sunday"], opens: "08:00", closes: "12:30" },
    ]);
    expect(hours.special).toEqual([
      { from: "2026-12-25", through: "2026-12-25", reason: "holiday", ranges: [] },
    ]);
    // Friday 5 June 2026 at 21:00 in Paris, closed; Saturday at 1 a.m., Friday's range still
    // runs; at 3 a.m., closed. Christmas (a Friday): closed.
    expect(isOpenAt(hours, new Date("2026-06-05T21:00:00+02:00"))).toBe(false);
    expect(isOpenAt(hours, new Date("2026-06-06T01:00:00+02:00"))).toBe(true);
    expect(isOpenAt(hours, new Date("2026-06-06T03:00:00+02:00"))).toBe(false);
    expect(isOpenAt(hours, new Date("2026-12-25T10:00:00+01:00"))).toBe(false);
    // And back: the form starts from what was stored.
    expect(hoursToForm(hours).tuesday).toEqual([
      { opens: "07:00", closes: "13:00" },
      { opens: "15:00", closes: "19:00" },
    ]);
    expect(hoursToForm(hours).special).toEqual([
      { from: "2026-12-25", through: "", reason: "holiday", opens: "", closes: "" },
    ]);
  });

  it("refuses half a range, a bad time, an end before the start", () => {
    const result = schema.safeParse({
      monday: [{ opens: "09:00" }],
      tuesday: [{ opens: "25:00", closes: "12:00" }],
      special: [{ from: "2026-05-02", through: "2026-05-01" }],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["monday.0.closes", "tuesday.0.opens", "special.0.through"]),
    );
  });

  it("has nothing to store when every row is blank", () => {
    expect(hoursFromForm(schema.parse({ monday: [{}], special: [{}] }))).toBeNull();
  });
});
