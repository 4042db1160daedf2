import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import {
  dealClaims,
  deals,
  notifications,
  organisationClaims,
  organisations,
  partnerships,
} from "#db/schema";
import { copyPlacesDatabase } from "#test/databases";
import { memberFactory, placeByCode } from "#test/members";
import { notificationViews, notificationSentence } from "#app/models/notifications/content.server";
import { translate } from "#app/i18n/i18n";
import {
  currentDeals,
  dealOffer,
  dealsNear,
  publishDeal,
  takeDeal,
  takenCodes,
  withdrawDeal,
  type DealInput,
} from "./deals.server";
import { followListing, listListingFollows, unfollowListing } from "./listing-follows.server";

const db = copyPlacesDatabase();
afterAll(() => db.$client.close());
const donges = placeByCode(db, "44052");
const member = memberFactory(db);
const AT = new Date("2026-12-10T10:00:00Z");

function listing(name: string, place = donges) {
  return db
    .insert(organisations)
    .values({
      kind: "commerce",
      category: "boulangerie",
      name,
      slug: name.toLowerCase().replaceAll(" ", "-"),
      placeId: place.id,
      lat: place.lat,
      lng: place.lng,
      approximate: true,
      source: "member",
      claimedAt: AT,
    })
    .returning({ id: organisations.id })
    .get().id;
}

function managedPartner(name: string) {
  const id = listing(name);
  const manager = member(donges.id);
  db.insert(organisationClaims)
    .values({ organisationId: id, userId: manager.id, status: "approved", role: "gérant" })
    .run();
  db.insert(partnerships)
    .values({
      organisationId: id,
      startsOn: "2026-12-01",
      endsOn: "2027-05-31",
      monthlyAmountCents: 3000,
    })
    .run();
  return { id, manager };
}

const input = (over: Partial<DealInput> = {}): DealInput => ({
  title: "Une viennoiserie offerte",
  body: "Pour **tout achat** de pain.<script>alert(1)</script>",
  validFrom: "2026-12-10",
  validUntil: "2026-12-20",
  quantity: 10,
  code: "DONGES10",
  ...over,
});

describe("publishing a bon plan", () => {
  it("is for a partner's managers, within sensible days, and tells the listing's followers", () => {
    const { id, manager } = managedPartner("Fournil des Salines");
    const follower = member(donges.id);
    const other = member(donges.id);
    followListing(db, follower.id, id);
    followListing(db, follower.id, id);
    expect(publishDeal(db, other, id, input(), AT)).toMatchObject({
      ok: false,
      refusal: { reason: "not-listing-manager" },
    });
    expect(publishDeal(db, manager, id, input({ validUntil: "2026-12-09" }), AT)).toMatchObject({
      ok: false,
      refusal: { reason: "deal-dates" },
    });
    const published = publishDeal(db, manager, id, input(), AT);
    expect(published).toMatchObject({ ok: true, notified: 1 });
    const deal = db.select().from(deals).where(eq(deals.organisationId, id)).get()!;
    expect(deal.bodyHtml).toContain("<strong>tout achat</strong>");
    expect(deal.bodyHtml).not.toContain("<script");
    expect(deal.remaining).toBe(10);

    const rows = db.select().from(notifications).where(eq(notifications.userId, follower.id)).all();
    expect(rows).toMatchObject([{ type: "listing-deal", emailDelivery: "digest" }]);
    const [view] = notificationViews(db, rows);
    expect(notificationSentence((key, params) => translate("fr", key, params), "fr", view!)).toBe(
      "Nouveau bon plan chez Fournil des Salines : « Une viennoiserie offerte »",
    );
    expect(view!.path).toBe(`/o/${id}/fournil-des-salines#bon-plan-${deal.id}`);
    expect(listListingFollows(db, follower.id)).toMatchObject([
      { id, name: "Fournil des Salines" },
    ]);
    expect(unfollowListing(db, follower.id, id)).toBe(true);
    expect(listListingFollows(db, follower.id)).toEqual([]);
  });

  it("is refused to a listing that is not a partner", () => {
    const id = listing("Boucherie sans partenariat");
    const admin = member(donges.id, { isAdmin: true });
    expect(publishDeal(db, admin, id, input(), AT)).toMatchObject({
      ok: false,
      refusal: { reason: "deal-not-partner" },
    });
  });
});

describe("taking a bon plan", () => {
  it("counts down once per member, shows the code, and stops at zero", () => {
    const { id, manager } = managedPartner("Épicerie du Port");
    const published = publishDeal(db, manager, id, input({ quantity: 2 }), AT);
    if (!published.ok) throw new Error("not published");
    const [a, b, c] = [member(donges.id), member(donges.id), member(donges.id)];
    expect(takeDeal(db, a.id, published.dealId, AT)).toEqual({
      ok: true,
      code: "DONGES10",
      remaining: 1,
      already: false,
    });
    expect(takeDeal(db, a.id, published.dealId, AT)).toMatchObject({
      ok: true,
      already: true,
      remaining: 1,
    });
    expect(takeDeal(db, b.id, published.dealId, AT)).toMatchObject({ ok: true, remaining: 0 });
    expect(takeDeal(db, c.id, published.dealId, AT)).toMatchObject({
      ok: false,
      refusal: { reason: "deal-sold-out" },
    });
    expect(takenCodes(db, a.id, [published.dealId]).get(published.dealId)).toBe("DONGES10");
    expect(takenCodes(db, c.id, [published.dealId]).size).toBe(0);
    // Sold out, it stays on the listing, marked so, until its last day.
    const [shown] = currentDeals(db, [id], AT);
    expect(shown).toMatchObject({ soldOut: true, remaining: 0 });
    expect(
      dealOffer(shown!, { name: "Épicerie du Port", url: "https://x.fr/o/1/e" }),
    ).toMatchObject({
      "@type": "Offer",
      validFrom: "2026-12-10",
      validThrough: "2026-12-20",
      availability: "https://schema.org/SoldOut",
      inventoryLevel: { value: 0 },
    });
  });

  it("disappears when expired, not yet started or withdrawn", () => {
    const { id, manager } = managedPartner("Cave des Marais");
    const published = publishDeal(
      db,
      manager,
      id,
      input({ validFrom: "2026-12-12", quantity: null }),
      AT,
    );
    if (!published.ok) throw new Error("not published");
    expect(currentDeals(db, [id], AT)).toEqual([]);
    const later = new Date("2026-12-15T10:00:00Z");
    expect(currentDeals(db, [id], later)).toHaveLength(1);
    expect(dealsNear(db, donges, 5, later).map((deal) => deal.listing.name)).toContain(
      "Cave des Marais",
    );
    expect(currentDeals(db, [id], new Date("2026-12-20T22:59:00Z"))).toHaveLength(1);
    expect(currentDeals(db, [id], new Date("2026-12-20T23:01:00Z"))).toEqual([]);
    expect(takeDeal(db, member(donges.id).id, published.dealId, AT)).toMatchObject({
      ok: false,
      refusal: { reason: "deal-not-current" },
    });
    expect(withdrawDeal(db, member(donges.id), published.dealId, later)).toMatchObject({
      ok: false,
    });
    expect(withdrawDeal(db, manager, published.dealId, later)).toEqual({ ok: true });
    expect(currentDeals(db, [id], later)).toEqual([]);
  });

  it("never gives the last units twice when members take them at the same time", async () => {
    const { id, manager } = managedPartner("Fromagerie concurrente");
    const published = publishDeal(db, manager, id, input({ quantity: 3 }), AT);
    if (!published.ok) throw new Error("not published");
    const takers = Array.from({ length: 6 }, () => member(donges.id));
    const children = takers.map((taker) =>
      fork(
        fileURLToPath(new URL("./take-deal-worker.server.ts", import.meta.url)),
        [db.$client.name, String(published.dealId), taker.id, AT.toISOString()],
        { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] },
      ),
    );
    const ready = children.map((child) => new Promise((resolve) => child.once("message", resolve)));
    const outcomes = children.map(
      (child) =>
        new Promise<{ ok: boolean; reason?: string }>((resolve, reject) => {
          child.on("message", (message) => {
            if (message !== "ready") resolve(message as { ok: boolean; reason?: string });
          });
          child.once("error", reject);
        }),
    );
    // Every taker has its connection open: release them all together.
    await Promise.all(ready);
    for (const child of children) child.send("go");
    const results = await Promise.all(outcomes);
    expect(results.filter((result) => result.ok)).toHaveLength(3);
    expect(results.filter((result) => !result.ok).map((result) => result.reason)).toEqual(
      Array(3).fill("deal-sold-out"),
    );
    const deal = db.select().from(deals).where(eq(deals.id, published.dealId)).get()!;
    expect(deal.remaining).toBe(0);
    expect(
      db.select().from(dealClaims).where(eq(dealClaims.dealId, published.dealId)).all(),
    ).toHaveLength(3);
  }, 90_000);
});
