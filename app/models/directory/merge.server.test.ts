import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  answerListings,
  deals,
  organisationClaims,
  organisationFollows,
  organisationRevisions,
  organisations,
  partnerships,
  roleGrants,
} from "#db/schema";
import { insertAnswer } from "#app/models/answers/answers.server";
import { moderationLog } from "#app/models/moderation/log.server";
import { organisationKey } from "#search/engine";
import { writeDocuments } from "#search/embedded/store";
import { buildOrganisationDocuments } from "#search/documents";
import { questionsTestbed } from "#test/questions";
import { isManager, managersOf } from "./claims.server";
import { mergeListing } from "./merge.server";
import { listingCards, recommendationsOf } from "./recommendations.server";

const { db, store, DONGES, MONTOIR, member, ask } = questionsTestbed();
const formerMember = "Ancien membre";

function listing(name: string, placeId = DONGES.id) {
  const id = db
    .insert(organisations)
    .values({
      kind: "commerce",
      category: "boulangerie",
      name,
      slug: name.toLowerCase().replace(/\W+/g, "-"),
      placeId,
      lat: DONGES.lat,
      lng: DONGES.lng,
      approximate: true,
      source: "member",
    })
    .returning({ id: organisations.id })
    .get().id;
  writeDocuments(db.$client, buildOrganisationDocuments(db, [id]));
  return id;
}

function staffOf(role: "ambassador" | "moderator", placeId: number | null) {
  const staff = member(placeId ?? DONGES.id);
  db.insert(roleGrants).values({ userId: staff.id, role, placeId }).run();
  return staff;
}

function claim(userId: string, organisationId: number, status: "pending" | "approved") {
  db.insert(organisationClaims)
    .values({ organisationId, userId, status, role: "gérant", reviewedAt: new Date() })
    .run();
}

const indexed = (organisationId: number) =>
  Boolean(
    db.$client
      .prepare("SELECT id FROM search_documents WHERE id = ?")
      .get(organisationKey(organisationId)),
  );

const mergedInto = (id: number) =>
  db
    .select({ mergedIntoId: organisations.mergedIntoId })
    .from(organisations)
    .where(eq(organisations.id, id))
    .get()?.mergedIntoId;

describe("merging a duplicate listing", () => {
  it("is for the staff of the duplicate's place and admins only", () => {
    const kept = listing("Fournil du Port");
    const duplicate = listing("Le Fournil du port");
    const manager = member(DONGES.id);
    claim(manager.id, duplicate, "approved");
    const input = { duplicateId: duplicate, keptId: kept, reason: "Doublon" };
    for (const someone of [
      member(DONGES.id),
      manager,
      staffOf("ambassador", MONTOIR.id),
      staffOf("moderator", MONTOIR.id),
    ]) {
      expect(mergeListing(store, someone, input)).toEqual({
        ok: false,
        refusal: { reason: "not-listing-staff" },
      });
    }
    expect(mergedInto(duplicate)).toBeNull();
    for (const staff of [
      staffOf("ambassador", DONGES.id),
      staffOf("moderator", DONGES.id),
      staffOf("moderator", null),
      member(MONTOIR.id, { isAdmin: true }),
    ]) {
      const a = listing("Boulangerie A");
      const b = listing("Boulangerie A bis");
      expect(mergeListing(store, staff, { duplicateId: b, keptId: a, reason: "x" }).ok).toBe(true);
      expect(mergedInto(b)).toBe(a);
    }
  });

  it("moves managers, recommendations and follows to the kept listing in one go", () => {
    const moderator = staffOf("moderator", DONGES.id);
    const kept = listing("Boulangerie Lemoine");
    const duplicate = listing("Boulangerie Le Moine");
    const older = listing("Boulangerie Lemoine (ancienne)");
    db.update(organisations)
      .set({ mergedIntoId: duplicate, mergedAt: new Date() })
      .where(eq(organisations.id, older))
      .run();
    const both = member(DONGES.id);
    const onlyB = member(DONGES.id);
    const pending = member(DONGES.id);
    claim(both.id, kept, "approved");
    claim(both.id, duplicate, "approved");
    claim(onlyB.id, duplicate, "approved");
    claim(pending.id, duplicate, "pending");
    db.insert(organisationRevisions)
      .values({ organisationId: duplicate, editorId: onlyB.id, fields: { phone: "02" } })
      .run();
    const follower = member(DONGES.id);
    const followsBoth = member(DONGES.id);
    db.insert(organisationFollows)
      .values([
        { userId: follower.id, organisationId: duplicate },
        { userId: followsBoth.id, organisationId: duplicate },
        { userId: followsBoth.id, organisationId: kept },
      ])
      .run();
    const question = ask(member(DONGES.id).id);
    const recommendsB = insertAnswer(store, {
      questionId: question.id,
      authorId: member(DONGES.id).id,
      body: `Essayez :\n\n[fiche:${duplicate}]`,
    });
    const recommendsBoth = insertAnswer(store, {
      questionId: question.id,
      authorId: member(DONGES.id).id,
      body: `[fiche:${duplicate}]\n\n[fiche:${kept}]`,
    });
    expect(indexed(duplicate)).toBe(true);

    const merged = mergeListing(store, moderator, {
      duplicateId: duplicate,
      keptId: kept,
      reason: "  Même boulangerie, saisie deux fois  ",
    });
    expect(merged.ok).toBe(true);

    // Managers: moved unless already there (then closed); a pending claim moves too.
    expect(isManager(db, onlyB.id, kept)).toBe(true);
    expect(isManager(db, both.id, kept)).toBe(true);
    expect(managersOf(db, duplicate)).toEqual([]);
    expect(
      managersOf(db, kept)
        .map((m) => m.userId)
        .sort(),
    ).toEqual([both.id, onlyB.id].sort());
    const claims = db
      .select({ userId: organisationClaims.userId, status: organisationClaims.status })
      .from(organisationClaims)
      .where(eq(organisationClaims.organisationId, kept))
      .all();
    expect(claims).toContainEqual({ userId: pending.id, status: "pending" });
    // Revisions stay with the duplicate: its history.
    expect(
      db
        .select()
        .from(organisationRevisions)
        .where(eq(organisationRevisions.organisationId, duplicate))
        .all(),
    ).toHaveLength(1);

    // Recommendations: on the kept listing once each; the written token still shows it.
    const rows = db.select().from(answerListings).where(eq(answerListings.organisationId, kept));
    expect(
      rows
        .all()
        .map((row) => row.answerId)
        .sort(),
    ).toEqual([recommendsB.id, recommendsBoth.id].sort());
    expect(
      db.select().from(answerListings).where(eq(answerListings.organisationId, duplicate)).all(),
    ).toEqual([]);
    expect(recommendationsOf(db, kept, { formerMember })).toHaveLength(2);
    expect(listingCards(db, [duplicate], new Date())[duplicate]?.id).toBe(kept);

    // Follows, without duplicates.
    const followers = db
      .select({ userId: organisationFollows.userId })
      .from(organisationFollows)
      .where(eq(organisationFollows.organisationId, kept))
      .all()
      .map((row) => row.userId)
      .sort();
    expect(followers).toEqual([follower.id, followsBoth.id].sort());

    // B and what was merged into it point at A; B left search, A stays.
    expect(mergedInto(duplicate)).toBe(kept);
    expect(mergedInto(older)).toBe(kept);
    expect(indexed(duplicate)).toBe(false);
    expect(indexed(kept)).toBe(true);

    // The place's public log shows it, with the reason, without names.
    const [entry] = moderationLog(db, DONGES.id).entries;
    expect(entry).toMatchObject({
      action: "merge-listing",
      targetType: "organisation",
      actorRole: "moderator",
      publicReason: "Même boulangerie, saisie deux fois",
    });

    // Idempotence: merging it again is refused, and nothing more is logged.
    expect(
      mergeListing(store, moderator, { duplicateId: duplicate, keptId: kept, reason: "encore" }),
    ).toEqual({ ok: false, refusal: { reason: "listing-already-merged" } });
    expect(moderationLog(db, DONGES.id).entries[0]?.id).toBe(entry?.id);
  });

  it("refuses itself, a merged or missing target, and a duplicate with a partnership or deals", () => {
    const admin = member(DONGES.id, { isAdmin: true });
    const kept = listing("Épicerie A");
    const duplicate = listing("Épicerie A bis");
    const merge = (keptId: number) =>
      mergeListing(store, admin, { duplicateId: duplicate, keptId, reason: "Doublon" });
    expect(merge(duplicate)).toMatchObject({ refusal: { reason: "merge-into-itself" } });
    expect(merge(424242)).toMatchObject({ refusal: { reason: "merge-target-unavailable" } });
    const gone = listing("Épicerie disparue");
    db.update(organisations).set({ mergedIntoId: kept }).where(eq(organisations.id, gone)).run();
    expect(merge(gone)).toMatchObject({ refusal: { reason: "merge-target-unavailable" } });
    expect(
      mergeListing(store, admin, { duplicateId: 424242, keptId: kept, reason: "x" }),
    ).toMatchObject({ refusal: { reason: "not-found" } });

    const today = new Date().toISOString().slice(0, 10);
    const partnership = db
      .insert(partnerships)
      .values({
        organisationId: duplicate,
        startsOn: today,
        endsOn: "2999-12-31",
        monthlyAmountCents: 1000,
      })
      .returning({ id: partnerships.id })
      .get();
    expect(merge(kept)).toMatchObject({ refusal: { reason: "merge-partnership-running" } });
    db.update(partnerships)
      .set({ endedAt: new Date(Date.now() - 1000) })
      .where(eq(partnerships.id, partnership.id))
      .run();
    const deal = db
      .insert(deals)
      .values({
        organisationId: duplicate,
        title: "-10 %",
        body: "x",
        bodyHtml: "<p>x</p>",
        validFrom: today,
        validUntil: "2999-12-31",
      })
      .returning({ id: deals.id })
      .get();
    expect(merge(kept)).toMatchObject({ refusal: { reason: "merge-deals-live" } });
    expect(mergedInto(duplicate)).toBeNull();
    db.update(deals).set({ withdrawnAt: new Date() }).where(eq(deals.id, deal.id)).run();
    expect(merge(kept).ok).toBe(true);
  });
});
