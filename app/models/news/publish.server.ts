import { and, count, eq, gte } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { newsPosts, organisationClaims, organisations, places, roleGrants } from "#db/schema";
import { renderMarkdown } from "#app/domain/markdown.server";
import { NEWS_APPROVALS_BEFORE_TRUST, PUBLISHER_VALUE, type NewsReachKm } from "#app/domain/news";
import { isManager } from "#app/models/directory/claims.server";
import { newMemberRefusal } from "#app/models/members/new-member-limits.server";
import { loadActor, suspensionRefusal, type Actor } from "#app/models/members/privileges.server";
import { staffRoleFor } from "#app/models/members/staff-roles.server";
import { refused, type Outcome } from "#app/models/refusals";
import { notifyNewsFollowers } from "./audience.server";
import { newsSlug } from "./paths";

/*
 * Publishing news (ADR 027): a listing's managers publish for their listing,
 * the ambassadors and moderators of a commune (and admins) for the commune.
 * A listing that has not yet had NEWS_APPROVALS_BEFORE_TRUST posts approved
 * is a new publisher: its posts wait for the place's staff. Followers are
 * notified when a post goes out, in the same transaction.
 */

/** Who a post is by: a listing (its managers), or the commune (its staff). */
export type NewsPublisher = { organisationId: number } | { placeId: number };

export type NewsInput = {
  title: string;
  body: string;
  reachKm: NewsReachKm;
};

/** The place a publisher posts in, when `actor` may post for it; else null. */
export function publisherPlace(db: AppDatabase, actor: Actor, publisher: NewsPublisher) {
  if ("organisationId" in publisher) {
    const listing = db
      .select({ placeId: organisations.placeId, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, publisher.organisationId))
      .get();
    if (!listing) return null;
    const allowed =
      isManager(db, actor.id, publisher.organisationId) ||
      staffRoleFor(db, actor, listing.placeId) != null;
    return allowed ? { placeId: listing.placeId, name: listing.name } : null;
  }
  const place = db
    .select({ id: places.id, name: places.name })
    .from(places)
    .where(eq(places.id, publisher.placeId))
    .get();
  if (!place || !staffRoleFor(db, actor, place.id)) return null;
  return { placeId: place.id, name: place.name };
}

/** Whether a post by this publisher waits for approval (see the header). */
export function needsApproval(db: AppDatabase, actor: Actor, publisher: NewsPublisher) {
  if (!("organisationId" in publisher)) return false;
  const placeId = publisherPlace(db, actor, publisher)?.placeId ?? null;
  if (staffRoleFor(db, actor, placeId)) return false;
  const approved = db
    .select({ n: count() })
    .from(newsPosts)
    .where(
      and(
        eq(newsPosts.organisationId, publisher.organisationId),
        eq(newsPosts.status, "published"),
      ),
    )
    .get()!.n;
  return approved < NEWS_APPROVALS_BEFORE_TRUST;
}

/** A member publishes a post; it goes out now, or waits for approval. */
export function publishNews(
  db: AppDatabase,
  memberId: string,
  publisher: NewsPublisher,
  input: NewsInput,
  at = new Date(),
): Outcome<{ id: number; slug: string; pending: boolean }> {
  const actor = loadActor(db, memberId);
  if (!actor) return refused({ reason: "not-found" });
  const place = publisherPlace(db, actor, publisher);
  if (!place) return refused({ reason: "not-news-publisher" });
  const refusal =
    suspensionRefusal(actor, at) ??
    newMemberRefusal(db, actor.id, "news", `${input.title}\n${input.body}`, at);
  if (refusal) return refused(refusal);
  // A second tap on « Publier » within a minute is the same post.
  const again = db
    .select({ id: newsPosts.id, slug: newsPosts.slug, status: newsPosts.status })
    .from(newsPosts)
    .where(
      and(
        eq(newsPosts.authorId, actor.id),
        eq(newsPosts.title, input.title),
        gte(newsPosts.createdAt, new Date(at.getTime() - 60_000)),
      ),
    )
    .get();
  if (again)
    return { ok: true, id: again.id, slug: again.slug, pending: again.status !== "published" };
  const pending = needsApproval(db, actor, publisher);
  return db.transaction(() => {
    const post = db
      .insert(newsPosts)
      .values({
        authorId: actor.id,
        organisationId: "organisationId" in publisher ? publisher.organisationId : null,
        placeId: place.placeId,
        reachKm: input.reachKm,
        title: input.title,
        slug: newsSlug(input.title),
        body: input.body,
        bodyHtml: renderMarkdown(input.body),
        status: pending ? "pending-approval" : "published",
        publishedAt: pending ? null : at,
        createdAt: at,
      })
      .returning({ id: newsPosts.id, slug: newsPosts.slug })
      .get();
    if (!pending) notifyNewsFollowers(db, post.id, at);
    return { ok: true as const, ...post, pending };
  });
}

/** An ambassador or moderator of the post's place lets a waiting post out. */
export function approveNews(
  db: AppDatabase,
  memberId: string,
  newsId: number,
  at = new Date(),
): Outcome {
  const actor = loadActor(db, memberId);
  const post = db.select().from(newsPosts).where(eq(newsPosts.id, newsId)).get();
  if (!actor || !post || post.deletedAt) return refused({ reason: "not-found" });
  if (!staffRoleFor(db, actor, post.placeId)) return refused({ reason: "not-allowed" });
  if (post.status !== "pending-approval") return refused({ reason: "news-not-pending" });
  db.transaction(() => {
    db.update(newsPosts)
      .set({ status: "published", publishedAt: at, approvedById: actor.id })
      .where(eq(newsPosts.id, newsId))
      .run();
    notifyNewsFollowers(db, newsId, at);
  });
  return { ok: true };
}

/**
 * On whose behalf a member may publish, for the form: the listings they
 * manage, then the communes they are staff of (and, for admins and global
 * moderators, the commune they came from).
 */
export function publishersFor(db: AppDatabase, actor: Actor, fromPlaceId: number | null) {
  const listings = db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisationClaims)
    .innerJoin(organisations, eq(organisations.id, organisationClaims.organisationId))
    .where(and(eq(organisationClaims.userId, actor.id), eq(organisationClaims.status, "approved")))
    .all()
    .map((listing) => ({ value: `o:${listing.id}`, name: listing.name, kind: "listing" as const }));
  const granted = db
    .selectDistinct({ id: places.id, name: places.name })
    .from(roleGrants)
    .innerJoin(places, eq(places.id, roleGrants.placeId))
    .where(eq(roleGrants.userId, actor.id))
    .all();
  const from =
    fromPlaceId != null &&
    staffRoleFor(db, actor, fromPlaceId) &&
    !granted.some((p) => p.id === fromPlaceId)
      ? db
          .select({ id: places.id, name: places.name })
          .from(places)
          .where(eq(places.id, fromPlaceId))
          .all()
      : [];
  const communes = [...from, ...granted].map((place) => ({
    value: `p:${place.id}`,
    name: place.name,
    kind: "place" as const,
  }));
  return [...listings, ...communes];
}

/** The publisher a form value names ("o:12", "p:3"). */
export function publisherOf(value: string): NewsPublisher | null {
  const match = PUBLISHER_VALUE.exec(value);
  if (!match) return null;
  return match[1] === "o" ? { organisationId: Number(match[2]) } : { placeId: Number(match[2]) };
}
