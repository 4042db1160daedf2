/**
 * Listings recommended in answers (ADR 025): the `answer_listings` relation,
 * kept in step with each answer's body, and what the pages read from it.
 * A recommendation counts while its answer and its question are live; a
 * deleted or moderated answer keeps its rows (a restore brings them back)
 * but is never counted or shown.
 */
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answerListings, answers, organisations, places, questions, users } from "#db/schema";
import { organisationPath } from "#app/domain/directory";
import { listingIdsInHtml, type ListingCardData } from "#app/domain/listing-tokens";
import { authorName } from "#app/domain/names";
import { hasOpeningHours, openingStatus } from "#app/domain/opening-hours";

/** Where a listing merged into another now lives (one step: merges never chain, see merge.server.ts). */
function liveListingIds(db: AppDatabase, ids: number[]) {
  const found = new Map<number, number>();
  if (ids.length === 0) return found;
  for (const row of db
    .select({ id: organisations.id, mergedIntoId: organisations.mergedIntoId })
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .all()) {
    found.set(row.id, row.mergedIntoId ?? row.id);
  }
  return found;
}

/**
 * Makes the answer's rows match the cards of its rendered body: called in
 * the transaction that writes the body. Unknown ids are ignored; a merged
 * listing's id counts for the listing it was merged into.
 */
export function syncAnswerListings(db: AppDatabase, answerId: number, bodyHtml: string) {
  const live = liveListingIds(db, listingIdsInHtml(bodyHtml));
  const wanted = new Set(live.values());
  const current = db
    .select({ organisationId: answerListings.organisationId })
    .from(answerListings)
    .where(eq(answerListings.answerId, answerId))
    .all()
    .map((row) => row.organisationId);
  const gone = current.filter((id) => !wanted.has(id));
  if (gone.length > 0) {
    db.delete(answerListings)
      .where(
        and(eq(answerListings.answerId, answerId), inArray(answerListings.organisationId, gone)),
      )
      .run();
  }
  const added = [...wanted].filter((id) => !current.includes(id));
  if (added.length > 0) {
    db.insert(answerListings)
      .values(added.map((organisationId) => ({ answerId, organisationId })))
      .run();
  }
}

/** The live answers recommending a listing, newest first, their authors as visitors see them. */
export function recommendationsOf(
  db: AppDatabase,
  organisationId: number,
  { formerMember }: { formerMember: string },
) {
  return db
    .select({
      answerId: answers.id,
      createdAt: answers.createdAt,
      questionId: questions.id,
      questionTitle: questions.title,
      questionSlug: questions.slug,
      firstName: users.firstName,
      lastName: users.lastName,
      deletedAt: users.deletedAt,
    })
    .from(answerListings)
    .innerJoin(answers, eq(answers.id, answerListings.answerId))
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(users, eq(users.id, answers.authorId))
    .where(
      and(
        eq(answerListings.organisationId, organisationId),
        isNull(answers.deletedAt),
        isNull(questions.deletedAt),
      ),
    )
    .orderBy(desc(answers.createdAt), desc(answers.id))
    .all()
    .map((row) => ({
      answerId: row.answerId,
      createdAt: row.createdAt,
      question: { id: row.questionId, title: row.questionTitle, slug: row.questionSlug },
      // Visitors' view, whoever reads: the page is the same for everyone.
      author: authorName(
        { firstName: row.firstName, lastName: row.lastName, deleted: row.deletedAt != null },
        { full: false, formerMember },
      ),
    }));
}

export type Recommendation = ReturnType<typeof recommendationsOf>[number];

/** The cards of these listings as answers show them, by the id written in the answer. */
export function listingCards(db: AppDatabase, ids: number[], at: Date) {
  const live = liveListingIds(db, ids);
  const rows = new Map(
    db
      .select({
        id: organisations.id,
        slug: organisations.slug,
        name: organisations.name,
        kind: organisations.kind,
        category: organisations.category,
        openingHours: organisations.openingHours,
        placeName: places.name,
      })
      .from(organisations)
      .innerJoin(places, eq(places.id, organisations.placeId))
      .where(inArray(organisations.id, [...new Set(live.values())]))
      .all()
      .map((row) => [row.id, row]),
  );
  const cards: Record<number, ListingCardData> = {};
  for (const [written, id] of live) {
    const row = rows.get(id);
    if (!row) continue;
    cards[written] = {
      id: row.id,
      name: row.name,
      path: organisationPath(row),
      kind: row.kind,
      category: row.category,
      placeName: row.placeName,
      openingStatus: hasOpeningHours(row.openingHours) ? openingStatus(row.openingHours, at) : null,
    };
  }
  return cards;
}
