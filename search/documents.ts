/**
 * What the search engines index for a question (ADR 006), read from the
 * database: the question, its place, its tags and its live answers, Markdown
 * stripped; and for a listing (ADR 021), its name, labels and description.
 * Both engines index exactly this, so they see the same text.
 */
import { and, asc, desc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { partnerIds } from "#db/directory/partners";
import {
  answerListings,
  answers,
  organisations,
  partnerPages,
  places,
  questionTags,
  questions,
} from "#db/schema";
import { addressIsShown } from "#app/domain/directory";
import { markdownToPlainText } from "#app/domain/markdown.server";
import { hasOpeningHours } from "#app/domain/opening-hours";
import { frDirectory } from "#app/i18n/fr/directory";
import { frPartners } from "#app/i18n/fr/partners";
import {
  documentKey,
  keyTarget,
  organisationKey,
  type OrganisationDocument,
  type QuestionDocument,
  type SearchDocument,
} from "./engine";

/** Documents for these question ids, in the same order; deleted questions (and unknown ids) are left out. */
export function buildSearchDocuments(db: AppDatabase, questionIds: number[]): QuestionDocument[] {
  if (questionIds.length === 0) return [];
  const rows = db
    .select({
      id: questions.id,
      slug: questions.slug,
      title: questions.title,
      body: questions.body,
      kind: questions.kind,
      category: questions.category,
      acceptedAnswerId: questions.acceptedAnswerId,
      closedReason: questions.closedReason,
      score: questions.score,
      answerCount: questions.answerCount,
      lat: questions.lat,
      lng: questions.lng,
      createdAt: questions.createdAt,
      placeId: places.id,
      placeCode: places.code,
      placeName: places.name,
      placeSlug: places.slug,
    })
    .from(questions)
    .innerJoin(places, eq(places.id, questions.placeId))
    .where(and(inArray(questions.id, questionIds), isNull(questions.deletedAt)))
    .all();
  if (rows.length === 0) return [];
  const liveIds = rows.map((row) => row.id);

  const tagsByQuestion = new Map<number, string[]>();
  for (const row of db
    .select({ questionId: questionTags.questionId, tag: questionTags.tag })
    .from(questionTags)
    .where(inArray(questionTags.questionId, liveIds))
    .orderBy(asc(questionTags.tag))
    .all()) {
    const list = tagsByQuestion.get(row.questionId) ?? [];
    list.push(row.tag);
    tagsByQuestion.set(row.questionId, list);
  }

  const answersByQuestion = new Map<number, { id: number; body: string }[]>();
  for (const row of db
    .select({ id: answers.id, questionId: answers.questionId, body: answers.body })
    .from(answers)
    .where(and(inArray(answers.questionId, liveIds), isNull(answers.deletedAt)))
    // The best answers first, as the question page shows them.
    .orderBy(asc(answers.questionId), desc(answers.score), asc(answers.createdAt), asc(answers.id))
    .all()) {
    const list = answersByQuestion.get(row.questionId) ?? [];
    list.push(row);
    answersByQuestion.set(row.questionId, list);
  }

  const recommended = recommendedListingWords(
    db,
    [...answersByQuestion.values()].flat().map((answer) => answer.id),
  );
  // An answer's text, with the names and labels of the listings it recommends (ADR 025).
  const answerText = (answer: { id: number; body: string }) =>
    [markdownToPlainText(answer.body), ...(recommended.get(answer.id) ?? [])].join(" ").trim();

  const byId = new Map<number, QuestionDocument>();
  for (const row of rows) {
    const live = answersByQuestion.get(row.id) ?? [];
    const accepted = live.find((answer) => answer.id === row.acceptedAnswerId);
    byId.set(row.id, {
      id: row.id,
      slug: row.slug,
      title: row.title,
      body: markdownToPlainText(row.body),
      acceptedAnswer: accepted ? answerText(accepted) : "",
      answers: live
        .filter((answer) => answer !== accepted)
        .map(answerText)
        .filter(Boolean)
        .join("\n\n"),
      tags: tagsByQuestion.get(row.id) ?? [],
      kind: row.kind,
      category: row.category,
      // As the question lists say: an accepted answer, or closed as resolved.
      solved: row.acceptedAnswerId != null || row.closedReason === "resolved",
      score: row.score,
      answerCount: row.answerCount,
      placeId: row.placeId,
      placeCode: row.placeCode,
      placeName: row.placeName,
      placeSlug: row.placeSlug,
      lat: row.lat,
      lng: row.lng,
      createdAt: Math.floor(row.createdAt.getTime() / 1000),
    });
  }
  return questionIds.flatMap((id) => byId.get(id) ?? []);
}

/** For each of these answers, the names and category labels of the listings it recommends. */
function recommendedListingWords(db: AppDatabase, answerIds: number[]) {
  const words = new Map<number, string[]>();
  if (answerIds.length === 0) return words;
  for (const row of db
    .select({
      answerId: answerListings.answerId,
      name: organisations.name,
      category: organisations.category,
    })
    .from(answerListings)
    .innerJoin(organisations, eq(organisations.id, answerListings.organisationId))
    .where(inArray(answerListings.answerId, answerIds))
    .all()) {
    const list = words.get(row.answerId) ?? [];
    list.push(row.name, frDirectory[`directory.category.${row.category}`]);
    words.set(row.answerId, list);
  }
  return words;
}

/** The document of one question, or null when it is deleted (or unknown): then it must leave the index. */
export function buildSearchDocument(db: AppDatabase, questionId: number): QuestionDocument | null {
  return buildSearchDocuments(db, [questionId])[0] ?? null;
}

/** The ids of every live question, in id order. */
export function allQuestionIds(db: AppDatabase): number[] {
  return db
    .select({ id: questions.id })
    .from(questions)
    .where(isNull(questions.deletedAt))
    .orderBy(asc(questions.id))
    .all()
    .map((row) => row.id);
}

/** How many live questions a rebuild will index (for its progress bar). */
export function countLiveQuestions(db: AppDatabase): number {
  return (
    db.$client.prepare("SELECT count(*) AS n FROM questions WHERE deleted_at IS NULL").get() as {
      n: number;
    }
  ).n;
}

/**
 * The ids of every live question in batches, read page by page (keyset on
 * the id), so a rebuild of a million questions never holds them all.
 */
export function* questionIdBatches(db: AppDatabase, batchSize = 500): Generator<number[]> {
  let after = 0;
  for (;;) {
    const batch = db
      .select({ id: questions.id })
      .from(questions)
      .where(and(isNull(questions.deletedAt), gt(questions.id, after)))
      .orderBy(asc(questions.id))
      .limit(batchSize)
      .all()
      .map((row) => row.id);
    if (batch.length === 0) return;
    yield batch;
    after = batch[batch.length - 1]!;
  }
}

/**
 * The words a listing is searched by besides its name and description, in
 * French like the site's readers: its kind's and category's labels
 * (« Boulangerie, pâtisserie »).
 */
function organisationLabels(row: Pick<OrganisationDocument, "kind" | "category">): string[] {
  return [
    frDirectory[`directory.kind.${row.kind}`],
    frDirectory[`directory.category.${row.category}`],
  ];
}

/**
 * Documents for these listings, in the same order; unknown ids are left out
 * (a deleted listing must leave the index). The point is what a visitor may
 * know: the premises when their address is shown, else the commune's centre,
 * so neither a radius nor a distance says more than the commune.
 */
export function buildOrganisationDocuments(
  db: AppDatabase,
  organisationIds: number[],
): OrganisationDocument[] {
  if (organisationIds.length === 0) return [];
  const rows = db
    .select({
      organisation: {
        id: organisations.id,
        slug: organisations.slug,
        name: organisations.name,
        alias: organisations.alias,
        description: organisations.description,
        kind: organisations.kind,
        category: organisations.category,
        lat: organisations.lat,
        lng: organisations.lng,
        approximate: organisations.approximate,
        addressPublic: organisations.addressPublic,
        soleTrader: organisations.soleTrader,
        openingHours: organisations.openingHours,
        claimedAt: organisations.claimedAt,
        createdAt: organisations.createdAt,
      },
      services: partnerPages.services,
      place: {
        id: places.id,
        code: places.code,
        name: places.name,
        slug: places.slug,
        lat: places.lat,
        lng: places.lng,
      },
    })
    .from(organisations)
    .innerJoin(places, eq(places.id, organisations.placeId))
    .leftJoin(partnerPages, eq(partnerPages.organisationId, organisations.id))
    // A listing merged into another has left the index (ADR 025).
    .where(and(inArray(organisations.id, organisationIds), isNull(organisations.mergedIntoId)))
    .all();
  // As of the indexing day: pages and the API read it again live.
  const partners = partnerIds(db, organisationIds);
  const byId = new Map<number, OrganisationDocument>();
  for (const { organisation: row, place, services } of rows) {
    const partner = partners.has(row.id);
    const claimed = row.claimedAt != null;
    const precise =
      !row.approximate &&
      addressIsShown({ addressPublic: row.addressPublic, soleTrader: row.soleTrader, claimed });
    byId.set(row.id, {
      type: "organisation",
      id: row.id,
      slug: row.slug,
      title: row.name,
      tags: [
        ...(row.alias ? [row.alias] : []),
        ...organisationLabels(row),
        // A partner's services are searchable while it is one (« livraison », « click-and-collect »).
        ...(partner
          ? (services ?? []).map((service) => frPartners[`partner.service.${service}`])
          : []),
      ],
      body: row.description ? markdownToPlainText(row.description) : "",
      kind: row.kind,
      category: row.category,
      claimed,
      partner,
      approximate: !precise,
      openingHours: hasOpeningHours(row.openingHours) ? row.openingHours : null,
      placeId: place.id,
      placeCode: place.code,
      placeName: place.name,
      placeSlug: place.slug,
      lat: precise ? row.lat : place.lat,
      lng: precise ? row.lng : place.lng,
      createdAt: Math.floor(row.createdAt.getTime() / 1000),
    });
  }
  return organisationIds.flatMap((id) => byId.get(id) ?? []);
}

/** Documents by key (`documentKey`), in the same order; those gone are left out. */
export function buildDocumentsByKey(db: AppDatabase, keys: number[]): SearchDocument[] {
  const questionIds: number[] = [];
  const organisationIds: number[] = [];
  for (const key of keys) {
    const { type, id } = keyTarget(key);
    (type === "question" ? questionIds : organisationIds).push(id);
  }
  const byKey = new Map<number, SearchDocument>();
  for (const document of [
    ...buildSearchDocuments(db, questionIds),
    ...buildOrganisationDocuments(db, organisationIds),
  ]) {
    byKey.set(documentKey(document), document);
  }
  return keys.flatMap((key) => byKey.get(key) ?? []);
}

/** How many documents a rebuild will index: live questions and listings (for its progress bar). */
export function countIndexableDocuments(db: AppDatabase): number {
  return (
    countLiveQuestions(db) +
    (db.$client.prepare("SELECT count(*) AS n FROM organisations").get() as { n: number }).n
  );
}

/**
 * The keys of every document to index, in batches: live questions in id
 * order, then listings (`organisationKey`), read page by page.
 */
export function* documentKeyBatches(db: AppDatabase, batchSize = 500): Generator<number[]> {
  yield* questionIdBatches(db, batchSize);
  let after = 0;
  for (;;) {
    const batch = db
      .select({ id: organisations.id })
      .from(organisations)
      .where(gt(organisations.id, after))
      .orderBy(asc(organisations.id))
      .limit(batchSize)
      .all()
      .map((row) => row.id);
    if (batch.length === 0) return;
    yield batch.map(organisationKey);
    after = batch[batch.length - 1]!;
  }
}
