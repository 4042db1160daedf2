import { eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { organisations } from "#db/schema";
import { newsPath } from "./paths";
import { newsOfListing } from "./read.server";

export function getOrganisationName(db: AppDatabase, id: number) {
  return db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
    .from(organisations)
    .where(eq(organisations.id, id))
    .get();
}

/** The latest news of a listing, for its page. */
export function listingNewsLinks(db: AppDatabase, organisationId: number, limit = 5) {
  return newsOfListing(db, organisationId, limit).map((post) => ({
    path: newsPath(post),
    title: post.title,
    publishedAt: (post.publishedAt ?? post.createdAt).toISOString(),
  }));
}
