import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answers, images, newsPosts, organisations, questions, users } from "#db/schema";
import type { PostType } from "#app/domain/questions";
import { removeImageFiles, writeImageFiles } from "./files.server";
import type { ProcessedImage } from "./pipeline.server";

/** Where images are kept: the database rows and the uploads folder. */
export type ImageStore = { db: AppDatabase; uploadsDir: string };

/** An image ready to attach: processed, with what it shows. */
export type NewImage = { image: ProcessedImage; alt: string };

/**
 * Writes the files, then the rows of a post's photos, in the order given.
 * The files go first: a row never names a missing file (a crash between
 * leaves files nobody names, which no request can reach).
 */
export function attachPostImages(
  { db, uploadsDir }: ImageStore,
  post: { type: PostType; id: number; ownerId: string },
  added: NewImage[],
) {
  const column = post.type === "question" ? images.questionId : images.answerId;
  // The same post sent twice (a second tap) is one post: it keeps its first photos.
  if (!added.length || db.select({ id: images.id }).from(images).where(eq(column, post.id)).get()) {
    return;
  }
  for (const { image } of added) writeImageFiles(uploadsDir, image);
  db.insert(images)
    .values(
      added.map(({ image, alt }, position) => ({
        ...rowOf(image),
        ownerId: post.ownerId,
        purpose: "post" as const,
        questionId: post.type === "question" ? post.id : null,
        answerId: post.type === "answer" ? post.id : null,
        position,
        alt,
      })),
    )
    .run();
}

/** A news post's photos (ADR 027), as a question's: files first, then rows, once. */
export function attachNewsImages(
  { db, uploadsDir }: ImageStore,
  post: { id: number; ownerId: string },
  added: NewImage[],
) {
  if (
    !added.length ||
    db.select({ id: images.id }).from(images).where(eq(images.newsId, post.id)).get()
  ) {
    return;
  }
  for (const { image } of added) writeImageFiles(uploadsDir, image);
  db.insert(images)
    .values(
      added.map(({ image, alt }, position) => ({
        ...rowOf(image),
        ownerId: post.ownerId,
        purpose: "post" as const,
        newsId: post.id,
        position,
        alt,
      })),
    )
    .run();
}

/** A member's profile photo, replacing the one they had. */
export function setAvatar({ db, uploadsDir }: ImageStore, ownerId: string, image: ProcessedImage) {
  writeImageFiles(uploadsDir, image);
  const previous = db.transaction(() => {
    const removed = deleteRows(db, and(eq(images.ownerId, ownerId), eq(images.purpose, "avatar")));
    db.insert(images)
      .values({ ...rowOf(image), ownerId, purpose: "avatar", alt: "" })
      .run();
    return removed;
  });
  removeUnnamed(
    { db, uploadsDir },
    previous.filter((row) => row.key !== image.key),
  );
}

/** Takes the member's profile photo away: the initials come back. */
export function removeAvatar(store: ImageStore, ownerId: string) {
  discard(store, and(eq(images.ownerId, ownerId), eq(images.purpose, "avatar")));
}

/**
 * A post's photos gone for good, rows and files: when its author (or a
 * moderator, outright) deletes it. A post that moderation hides keeps
 * them, unserved, in case it comes back (see `servedImage`).
 */
export function discardPostImages(store: ImageStore, post: { type: PostType; id: number }) {
  discard(
    store,
    post.type === "question" ? eq(images.questionId, post.id) : eq(images.answerId, post.id),
  );
}

/** Everything a member uploaded, when their account is erased. */
export function discardMemberImages(store: ImageStore, ownerId: string) {
  discard(store, eq(images.ownerId, ownerId));
}

/** The photos of some questions and answers, by post, in their order. */
export function postImages(db: AppDatabase, posts: { type: PostType; ids: number[] }) {
  const column = posts.type === "question" ? images.questionId : images.answerId;
  const byPost = new Map<number, (typeof images.$inferSelect)[]>();
  if (!posts.ids.length) return byPost;
  const rows = db
    .select()
    .from(images)
    .where(inArray(column, posts.ids))
    .orderBy(asc(images.position))
    .all();
  for (const row of rows) {
    const id = (posts.type === "question" ? row.questionId : row.answerId)!;
    byPost.set(id, [...(byPost.get(id) ?? []), row]);
  }
  return byPost;
}

/** The profile photos of some members (those who have one). */
export function avatarsOf(db: AppDatabase, ownerIds: string[]) {
  const byOwner = new Map<string, typeof images.$inferSelect>();
  const unique = [...new Set(ownerIds)];
  if (!unique.length) return byOwner;
  const rows = db
    .select()
    .from(images)
    .where(and(inArray(images.ownerId, unique), eq(images.purpose, "avatar")))
    .all();
  for (const row of rows) byOwner.set(row.ownerId, row);
  return byOwner;
}

/** Every image a member uploaded, for their data export. */
export function imagesOfMember(db: AppDatabase, ownerId: string) {
  return db.select().from(images).where(eq(images.ownerId, ownerId)).orderBy(asc(images.id)).all();
}

/**
 * Whether the file `key`-`width` may be served, and to whom: "public" when
 * some row naming it belongs to a visible post or a member's photo;
 * "moderators" when its only posts are removed, for the moderators of
 * their place; null when nothing names it.
 */
export function imageAudience(db: AppDatabase, key: string, width: number) {
  const rows = db
    .select({
      purpose: images.purpose,
      widths: images.widths,
      ownerDeleted: users.deletedAt,
      questionDeleted: questions.deletedAt,
      answerDeleted: answers.deletedAt,
      answerQuestionId: answers.questionId,
      questionPlaceId: questions.placeId,
      galleryListing: organisations.id,
      newsId: images.newsId,
      newsStatus: newsPosts.status,
      newsGone: newsPosts.deletedAt,
      newsModeration: newsPosts.moderationState,
      newsPlaceId: newsPosts.placeId,
    })
    .from(images)
    .innerJoin(users, eq(users.id, images.ownerId))
    .leftJoin(answers, eq(answers.id, images.answerId))
    .leftJoin(
      questions,
      or(eq(questions.id, images.questionId), eq(questions.id, answers.questionId)),
    )
    .leftJoin(organisations, eq(organisations.id, images.organisationId))
    .leftJoin(newsPosts, eq(newsPosts.id, images.newsId))
    .where(eq(images.key, key))
    .all()
    .filter((row) => row.widths.split(" ").includes(String(width)));
  if (!rows.length) return null;
  const visible = rows.some((row) =>
    row.purpose === "avatar"
      ? row.ownerDeleted == null
      : row.purpose === "gallery"
        ? // A shop's photo, public while its listing lives (the page shows it while a partner).
          row.galleryListing != null
        : row.newsId != null
          ? row.newsStatus === "published" && row.newsGone == null && row.newsModeration == null
          : row.questionDeleted == null &&
            (row.answerQuestionId == null || row.answerDeleted == null),
  );
  if (visible) return { audience: "public" as const };
  const placeIds = rows
    .map((row) => row.questionPlaceId ?? row.newsPlaceId)
    .filter((id) => id != null);
  return { audience: "moderators" as const, placeIds };
}

/** A partner listing's gallery photo, after the others. */
export function addGalleryImage(
  { db, uploadsDir }: ImageStore,
  gallery: { organisationId: number; ownerId: string; position: number },
  added: NewImage,
) {
  writeImageFiles(uploadsDir, added.image);
  return db
    .insert(images)
    .values({ ...rowOf(added.image), ...gallery, purpose: "gallery", alt: added.alt })
    .returning({ id: images.id })
    .get().id;
}

/** A listing's gallery, in order. */
export function galleryImages(db: AppDatabase, organisationId: number) {
  return db
    .select()
    .from(images)
    .where(and(eq(images.organisationId, organisationId), eq(images.purpose, "gallery")))
    .orderBy(asc(images.position), asc(images.id))
    .all();
}

/** Takes one photo out of a listing's gallery (its files go unless another row names them). */
export function removeGalleryImage(store: ImageStore, organisationId: number, imageId: number) {
  discard(
    store,
    and(
      eq(images.id, imageId),
      eq(images.organisationId, organisationId),
      eq(images.purpose, "gallery"),
    ),
  );
}

function rowOf(image: ProcessedImage) {
  return {
    key: image.key,
    width: image.width,
    height: image.height,
    widths: image.variants.map((variant) => variant.width).join(" "),
    bytes: image.bytes,
  };
}

function deleteRows(db: AppDatabase, where: ReturnType<typeof and>) {
  return db.delete(images).where(where).returning({ key: images.key, widths: images.widths }).all();
}

function discard(store: ImageStore, where: ReturnType<typeof and>) {
  removeUnnamed(store, deleteRows(store.db, where));
}

/** Removes the files of deleted rows, unless another row still names them (the same picture twice). */
function removeUnnamed({ db, uploadsDir }: ImageStore, removed: { key: string; widths: string }[]) {
  for (const row of removed) {
    const stillNamed = db
      .select({ id: images.id })
      .from(images)
      .where(eq(images.key, row.key))
      .get();
    if (!stillNamed) removeImageFiles(uploadsDir, row);
  }
}
