import { and, eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { blocks, users } from "#db/schema";

/* Blocking: a member blocked by another may no longer write to them (one way). */

/** Whether `blockerId` blocked `blockedId` (who may then no longer write to them). */
export function isBlocked(db: AppDatabase, blockerId: string, blockedId: string) {
  return Boolean(
    db
      .select({ blockerId: blocks.blockerId })
      .from(blocks)
      .where(and(eq(blocks.blockerId, blockerId), eq(blocks.blockedId, blockedId)))
      .get(),
  );
}

/** Blocking twice is one block; a member cannot block themselves or an unknown id. */
export function blockMember(db: AppDatabase, blockerId: string, blockedId: string) {
  if (blockerId === blockedId || !memberExists(db, blockedId)) return false;
  db.insert(blocks).values({ blockerId, blockedId }).onConflictDoNothing().run();
  return true;
}

export function unblockMember(db: AppDatabase, blockerId: string, blockedId: string) {
  db.delete(blocks)
    .where(and(eq(blocks.blockerId, blockerId), eq(blocks.blockedId, blockedId)))
    .run();
}

function memberExists(db: AppDatabase, userId: string) {
  return Boolean(db.select({ id: users.id }).from(users).where(eq(users.id, userId)).get());
}
