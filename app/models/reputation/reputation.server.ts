import { and, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { reputationEvents, users } from "#db/schema";
import { type ReputationReason } from "#app/domain/reputation";
import { parisDay } from "#app/i18n/format";
import type { PostType } from "#app/domain/questions";

/** What each rule gives or takes (docs/reputation.md states the same table). */
export const REPUTATION_POINTS: Record<ReputationReason, number> = {
  "answer-upvoted": 10,
  "question-upvoted": 5,
  "answer-accepted": 15,
  "accepted-an-answer": 2,
  "thanks-received": 2,
  "post-downvoted": -2,
  "downvoted-an-answer": -1,
};

/** At most this many points a day from votes and thanks; accepted answers are exempt. */
export const DAILY_REPUTATION_CAP = 200;
/** At most this many points a day from thanks. */
export const DAILY_THANKS_CAP = 20;

/** The gains that count against the daily cap. */
const CAPPED_REASONS: ReputationReason[] = [
  "answer-upvoted",
  "question-upvoted",
  "thanks-received",
];

type Award = {
  userId: string;
  reason: ReputationReason;
  /** Identifies the action, so undoing it finds its events: "vote:12", "accept:4", "thanks:4:user". */
  actionKey: string;
  postType?: PostType;
  postId?: number;
  actorId?: string;
  at?: Date;
};

function pointsAlreadyAwarded(
  db: AppDatabase,
  userId: string,
  day: string,
  reasons: ReputationReason[],
) {
  const row = db
    .select({ total: sql<number>`coalesce(sum(${reputationEvents.points}), 0)` })
    .from(reputationEvents)
    .where(
      and(
        eq(reputationEvents.userId, userId),
        eq(reputationEvents.day, day),
        inArray(reputationEvents.reason, reasons),
      ),
    )
    .get();
  return row?.total ?? 0;
}

/**
 * Appends one ledger event and moves the member's cached total with it. Gains
 * from votes and thanks are trimmed to what is left of the day's caps (the
 * event is still written, with the points actually awarded, so the ledger
 * shows why a vote gave nothing). Must run inside the caller's transaction.
 */
export function awardReputation(db: AppDatabase, award: Award) {
  const at = award.at ?? new Date();
  const day = parisDay(at);
  const rulePoints = REPUTATION_POINTS[award.reason];
  let points = rulePoints;
  if (points > 0 && CAPPED_REASONS.includes(award.reason)) {
    const left = DAILY_REPUTATION_CAP - pointsAlreadyAwarded(db, award.userId, day, CAPPED_REASONS);
    points = Math.min(points, left);
    if (award.reason === "thanks-received") {
      const thanksLeft =
        DAILY_THANKS_CAP - pointsAlreadyAwarded(db, award.userId, day, ["thanks-received"]);
      points = Math.min(points, thanksLeft);
    }
    points = Math.max(0, points);
  }
  db.insert(reputationEvents)
    .values({
      userId: award.userId,
      reason: award.reason,
      rulePoints,
      points,
      actionKey: award.actionKey,
      postType: award.postType ?? null,
      postId: award.postId ?? null,
      actorId: award.actorId ?? null,
      day,
      createdAt: at,
    })
    .run();
  if (points !== 0) {
    db.update(users)
      .set({ reputation: sql`${users.reputation} + ${points}` })
      .where(eq(users.id, award.userId))
      .run();
  }
}

/**
 * Undoes an action: each of its live events gets a reversal event (same day,
 * so the day's caps free up what it had taken) and is marked reversed.
 */
export function reverseAction(db: AppDatabase, actionKey: string, at = new Date()) {
  const live = db
    .select()
    .from(reputationEvents)
    .where(
      and(
        eq(reputationEvents.actionKey, actionKey),
        isNull(reputationEvents.reversesId),
        isNull(reputationEvents.reversedAt),
      ),
    )
    .all();
  for (const event of live) {
    db.insert(reputationEvents)
      .values({
        userId: event.userId,
        reason: event.reason,
        rulePoints: -event.rulePoints,
        points: -event.points,
        actionKey,
        postType: event.postType,
        postId: event.postId,
        actorId: event.actorId,
        day: event.day,
        reversesId: event.id,
        createdAt: at,
      })
      .run();
    db.update(reputationEvents)
      .set({ reversedAt: at })
      .where(eq(reputationEvents.id, event.id))
      .run();
    if (event.points !== 0) {
      db.update(users)
        .set({ reputation: sql`${users.reputation} - ${event.points}` })
        .where(eq(users.id, event.userId))
        .run();
    }
  }
}

/** A member's ledger, newest first, for their profile. */
export function reputationHistory(db: AppDatabase, userId: string, limit = 50) {
  return db
    .select({
      id: reputationEvents.id,
      reason: reputationEvents.reason,
      points: reputationEvents.points,
      rulePoints: reputationEvents.rulePoints,
      postType: reputationEvents.postType,
      postId: reputationEvents.postId,
      reversal: sql<boolean>`${reputationEvents.reversesId} IS NOT NULL`.mapWith(Boolean),
      createdAt: reputationEvents.createdAt,
    })
    .from(reputationEvents)
    .where(eq(reputationEvents.userId, userId))
    .orderBy(desc(reputationEvents.id))
    .limit(limit)
    .all();
}

/** Points earned since `since` (for "this month" leaderboards). */
export function reputationSince(db: AppDatabase, userId: string, since: Date) {
  return (
    db
      .select({ total: sql<number>`coalesce(sum(${reputationEvents.points}), 0)` })
      .from(reputationEvents)
      .where(and(eq(reputationEvents.userId, userId), gte(reputationEvents.createdAt, since)))
      .get()?.total ?? 0
  );
}

/**
 * Recomputes every member's cached total from the ledger, and returns the
 * members whose cache had drifted (it never should: this is the audit).
 */
export function rebuildReputation(db: AppDatabase) {
  return db.transaction(() => {
    const drifted = db.all<{ id: string; cached: number; ledger: number }>(sql`
      SELECT u.id AS id, u.reputation AS cached, coalesce(sum(e.points), 0) AS ledger
      FROM ${users} u LEFT JOIN ${reputationEvents} e ON e.user_id = u.id
      GROUP BY u.id HAVING cached <> ledger
    `);
    db.run(sql`
      UPDATE ${users} SET reputation = (
        SELECT coalesce(sum(points), 0) FROM ${reputationEvents} WHERE user_id = ${users.id}
      )
    `);
    return drifted;
  });
}
