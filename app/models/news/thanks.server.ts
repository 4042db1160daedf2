import { and, eq, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { newsPosts, newsThanks } from "#db/schema";
import { loadActor, suspensionRefusal } from "#app/models/members/privileges.server";
import { refused, type Outcome } from "#app/models/refusals";
import { getNewsPost, isPublicNews } from "./read.server";

/**
 * A member says « Merci » for a post: once, whatever the number of taps
 * (the primary key holds it); the count on the post moves in the same
 * transaction. Not for one's own post.
 */
export function thankNews(
  db: AppDatabase,
  memberId: string,
  newsId: number,
): Outcome<{ count: number }> {
  const actor = loadActor(db, memberId);
  const post = getNewsPost(db, newsId);
  if (!actor || !post || !isPublicNews(post)) return refused({ reason: "not-found" });
  const suspended = suspensionRefusal(actor);
  if (suspended) return refused(suspended);
  if (post.authorId === memberId) return refused({ reason: "not-allowed" });
  return db.transaction(() => {
    const added = db
      .insert(newsThanks)
      .values({ newsId, userId: memberId })
      .onConflictDoNothing()
      .run().changes;
    if (added) {
      db.update(newsPosts)
        .set({ thanksCount: sql`${newsPosts.thanksCount} + 1` })
        .where(eq(newsPosts.id, newsId))
        .run();
    }
    const row = db
      .select({ count: newsPosts.thanksCount })
      .from(newsPosts)
      .where(and(eq(newsPosts.id, newsId)))
      .get()!;
    return { ok: true as const, count: row.count };
  });
}
