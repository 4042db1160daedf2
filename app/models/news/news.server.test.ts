import { and, eq } from "drizzle-orm";
import { parseDocument } from "htmlparser2";
import { afterAll, describe, expect, it } from "vitest";
import { notifications, organisationClaims, organisations, roleGrants } from "#db/schema";
import { copyPlacesDatabase } from "#test/databases";
import { memberFactory, placeByCode } from "#test/members";
import { addFollow } from "#app/models/notifications/follows.server";
import { newsAtomFeed } from "./atom.server";
import { approveNews, publishNews } from "./publish.server";
import { getNewsPost, isPublicNews, newsNear, newsOfListing } from "./read.server";
import { thankNews } from "./thanks.server";

const db = copyPlacesDatabase();
const member = memberFactory(db);
// Lavau-sur-Loire and its neighbours (not Donges: other tests count things there).
const lavau = placeByCode(db, "44080");
const montoir = placeByCode(db, "44103");
const nantes = placeByCode(db, "44109");
afterAll(() => db.$client.close());

let listings = 0;
function managedListing(placeId: number) {
  listings += 1;
  const manager = member(placeId);
  const listing = db
    .insert(organisations)
    .values({
      kind: "association",
      category: "culture",
      name: `Association test ${listings}`,
      slug: `association-test-${listings}`,
      placeId,
      lat: 47.3,
      lng: -1.98,
      approximate: true,
      source: "member",
      claimedAt: new Date(),
    })
    .returning({ id: organisations.id })
    .get();
  db.insert(organisationClaims)
    .values({
      organisationId: listing.id,
      userId: manager.id,
      status: "approved",
      role: "présidente",
      reviewedAt: new Date(),
    })
    .run();
  return { manager, organisationId: listing.id };
}

function staffOf(placeId: number, role: "ambassador" | "moderator" = "ambassador") {
  const staff = member(placeId);
  db.insert(roleGrants).values({ userId: staff.id, role, placeId }).run();
  return staff;
}

const post = (title: string, reachKm: 0 | 5 | 10 | 20 = 0) => ({
  title,
  body: `Le **texte** de ${title}.`,
  reachKm,
});

describe("who may publish", () => {
  it("a listing's managers and the commune's staff; nobody else", () => {
    const { manager, organisationId } = managedListing(lavau.id);
    const neighbour = member(lavau.id);
    const staff = staffOf(lavau.id);
    expect(publishNews(db, neighbour.id, { organisationId }, post("Intrus"))).toEqual({
      ok: false,
      refusal: { reason: "not-news-publisher" },
    });
    expect(publishNews(db, neighbour.id, { placeId: lavau.id }, post("Intrus"))).toMatchObject({
      ok: false,
    });
    expect(publishNews(db, manager.id, { organisationId }, post("Assemblée"))).toMatchObject({
      ok: true,
    });
    // Staff post for their commune at once; not for another.
    expect(publishNews(db, staff.id, { placeId: lavau.id }, post("Mairie"))).toMatchObject({
      ok: true,
      pending: false,
    });
    expect(publishNews(db, staff.id, { placeId: montoir.id }, post("Ailleurs"))).toMatchObject({
      ok: false,
      refusal: { reason: "not-news-publisher" },
    });
  });

  it("a new member publishes two posts on their first day, not a third", () => {
    const staff = member(lavau.id, { newMember: true });
    db.insert(roleGrants).values({ userId: staff.id, role: "ambassador", placeId: lavau.id }).run();
    for (const title of ["Un", "Deux"]) {
      expect(publishNews(db, staff.id, { placeId: lavau.id }, post(title))).toMatchObject({
        ok: true,
      });
    }
    expect(publishNews(db, staff.id, { placeId: lavau.id }, post("Trois"))).toMatchObject({
      ok: false,
      refusal: { reason: "new-member-limit", action: "news", limit: 2 },
    });
  });
});

describe("approval of a new listing's first posts", () => {
  it("its first 3 posts wait for the place's staff; the 4th goes out at once", () => {
    const { manager, organisationId } = managedListing(lavau.id);
    const staff = staffOf(lavau.id, "moderator");
    const elsewhere = staffOf(montoir.id);
    for (let n = 1; n <= 3; n += 1) {
      const outcome = publishNews(db, manager.id, { organisationId }, post(`Nouvelle ${n}`));
      if (!outcome.ok) throw new Error("refused");
      expect(outcome.pending).toBe(true);
      expect(isPublicNews(getNewsPost(db, outcome.id)!)).toBe(false);
      expect(approveNews(db, elsewhere.id, outcome.id)).toMatchObject({
        refusal: { reason: "not-allowed" },
      });
      expect(approveNews(db, staff.id, outcome.id)).toEqual({ ok: true });
      expect(approveNews(db, staff.id, outcome.id)).toMatchObject({
        refusal: { reason: "news-not-pending" },
      });
      expect(isPublicNews(getNewsPost(db, outcome.id)!)).toBe(true);
    }
    const fourth = publishNews(db, manager.id, { organisationId }, post("Nouvelle 4"));
    expect(fourth).toMatchObject({ ok: true, pending: false });
    expect(newsOfListing(db, organisationId).map((row) => row.title)).toEqual([
      "Nouvelle 4",
      "Nouvelle 3",
      "Nouvelle 2",
      "Nouvelle 1",
    ]);
  });
});

describe("reach", () => {
  it("a commune-only post is for its commune and those who look around it; a 20 km post for its neighbours' pages too", () => {
    const staff = staffOf(montoir.id);
    const local = publishNews(db, staff.id, { placeId: montoir.id }, post("Montoir seul", 0));
    const wide = publishNews(db, staff.id, { placeId: montoir.id }, post("Montoir et voisins", 20));
    if (!local.ok || !wide.ok) throw new Error("refused");
    const titles = (place: typeof lavau, radiusKm: number) =>
      newsNear(db, place, radiusKm).map((row) => row.title);
    expect(titles(montoir, 0)).toEqual(
      expect.arrayContaining(["Montoir seul", "Montoir et voisins"]),
    );
    // Lavau is about 14 km from Montoir: only the wide post reaches it alone…
    expect(titles(lavau, 0)).toContain("Montoir et voisins");
    expect(titles(lavau, 0)).not.toContain("Montoir seul");
    // …and a reader looking 20 km around Lavau sees both.
    expect(titles(lavau, 20)).toEqual(
      expect.arrayContaining(["Montoir seul", "Montoir et voisins"]),
    );
    expect(titles(nantes, 10)).not.toContain("Montoir et voisins");
  });

  it("notifies followers of the places reached once, digest by default, when the post goes out", () => {
    const { manager, organisationId } = managedListing(lavau.id);
    const staff = staffOf(lavau.id);
    const followerHere = member(lavau.id);
    const followerAround = member(montoir.id);
    const followerFar = member(nantes.id);
    const followerOfQuestionsOnly = member(lavau.id);
    addFollow(db, followerHere.id, { placeId: lavau.id, radiusKm: 0, category: null });
    addFollow(db, followerHere.id, { placeId: lavau.id, radiusKm: 10, category: null });
    addFollow(db, followerAround.id, { placeId: montoir.id, radiusKm: 20, category: null });
    addFollow(db, followerFar.id, { placeId: nantes.id, radiusKm: 10, category: null });
    addFollow(db, followerOfQuestionsOnly.id, {
      placeId: lavau.id,
      radiusKm: 0,
      category: "bricolage",
    });
    const outcome = publishNews(db, manager.id, { organisationId }, post("Fête du village"));
    if (!outcome.ok) throw new Error("refused");
    const notified = () =>
      db
        .select({ userId: notifications.userId, delivery: notifications.emailDelivery })
        .from(notifications)
        .where(
          and(
            eq(notifications.type, "news-published"),
            eq(notifications.dedupeKey, `news:${outcome.id}`),
          ),
        )
        .all();
    expect(notified()).toEqual([]); // still waiting for approval
    approveNews(db, staff.id, outcome.id);
    expect(
      notified()
        .map((row) => row.userId)
        .sort(),
    ).toEqual([followerHere.id, followerAround.id].sort());
    expect(new Set(notified().map((row) => row.delivery))).toEqual(new Set(["digest"]));
  });
});

describe("Merci", () => {
  it("once per member, counted; not for one's own post nor a waiting one", () => {
    const { manager, organisationId } = managedListing(lavau.id);
    const pending = publishNews(db, manager.id, { organisationId }, post("En attente"));
    const staff = staffOf(lavau.id);
    const published = publishNews(db, staff.id, { placeId: lavau.id }, post("Publiée"));
    if (!pending.ok || !published.ok) throw new Error("refused");
    const reader = member(montoir.id);
    expect(thankNews(db, reader.id, pending.id)).toMatchObject({
      refusal: { reason: "not-found" },
    });
    expect(thankNews(db, reader.id, published.id)).toEqual({ ok: true, count: 1 });
    expect(thankNews(db, reader.id, published.id)).toEqual({ ok: true, count: 1 });
    expect(thankNews(db, member(lavau.id).id, published.id)).toEqual({ ok: true, count: 2 });
    expect(thankNews(db, staff.id, published.id)).toMatchObject({
      refusal: { reason: "not-allowed" },
    });
  });
});

describe("Atom feed", () => {
  it("parses as Atom with one entry per post, its URL as id and the author as visitors see them", () => {
    const staff = staffOf(nantes.id);
    publishNews(db, staff.id, { placeId: nantes.id }, post("Marché de Noël", 10));
    const posts = newsNear(db, nantes, 10);
    const xml = newsAtomFeed({
      origin: "https://coupdemain.example",
      title: "Actualités de Nantes",
      pagePath: "/p/nantes/actualites",
      feedPath: "/p/nantes/actualites.atom",
      posts,
    });
    const document = parseDocument(xml, { xmlMode: true });
    const feed = document.children.find((node) => "name" in node && node.name === "feed");
    expect(feed && "attribs" in feed && feed.attribs.xmlns).toBe("http://www.w3.org/2005/Atom");
    const elements = (parent: unknown, name: string) =>
      ((parent as { children: { name?: string }[] }).children ?? []).filter(
        (node) => node.name === name,
      );
    const text = (node: unknown): string =>
      ((node as { children?: { data?: string }[] }).children ?? [])
        .map((child) => child.data ?? text(child))
        .join("");
    const entries = elements(feed, "entry");
    expect(entries).toHaveLength(posts.length);
    const entry = entries[0]!;
    expect(text(elements(entry, "title")[0])).toBe("Marché de Noël");
    expect(text(elements(entry, "id")[0])).toBe(
      `https://coupdemain.example/actualites/${posts[0]!.id}/marche-de-noel`,
    );
    const author = text(elements(elements(entry, "author")[0], "name")[0]);
    expect(author).toMatch(/^Voisin\d+ T\.$/);
    expect(Date.parse(text(elements(entry, "updated")[0]))).not.toBeNaN();
  });
});
