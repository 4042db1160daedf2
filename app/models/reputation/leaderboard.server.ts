import { sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";

/*
 * The members who helped a place most: by the reputation they earned there,
 * all time or this month (in Paris time), for the place's "entraideurs" page.
 */

export const LEADERBOARD_LIMIT = 20;

export type LeaderboardEntry = {
  rank: number;
  id: string;
  firstName: string;
  lastName: string;
  points: number;
  answers: number;
  acceptedAnswers: number;
};

/**
 * The members who live in a place, by the reputation they earned there and
 * then (all time, or since `since`: the sum of their ledger, reversals
 * included), with the answers they wrote in the period and how many of those
 * were accepted. Members without a gain in the period are left out; equal
 * points share a rank and are listed by name.
 */
export function placeLeaderboard(
  db: AppDatabase,
  placeId: number,
  { since, limit = LEADERBOARD_LIMIT }: { since?: Date; limit?: number } = {},
): LeaderboardEntry[] {
  const sinceSeconds = since ? Math.floor(since.getTime() / 1000) : null;
  const eventsSince = sinceSeconds == null ? sql`1` : sql`e.created_at >= ${sinceSeconds}`;
  const answersSince = sinceSeconds == null ? sql`1` : sql`a.created_at >= ${sinceSeconds}`;
  const rows = db.all<{
    id: string;
    firstName: string;
    lastName: string;
    points: number;
    answers: number;
    acceptedAnswers: number;
  }>(sql`
    SELECT u.id AS id, u.first_name AS firstName, u.last_name AS lastName, ranked.points AS points,
      (SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id
        WHERE a.author_id = u.id AND a.deleted_at IS NULL AND q.deleted_at IS NULL
          AND ${answersSince}) AS answers,
      (SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id
        WHERE a.author_id = u.id AND a.deleted_at IS NULL AND q.deleted_at IS NULL
          AND q.accepted_answer_id = a.id AND ${answersSince}) AS acceptedAnswers
    FROM (
      SELECT e.user_id AS user_id, sum(e.points) AS points
      FROM reputation_events e JOIN users m ON m.id = e.user_id
      WHERE m.home_place_id = ${placeId} AND m.deleted_at IS NULL AND ${eventsSince}
      GROUP BY e.user_id
      HAVING sum(e.points) > 0
    ) ranked
    JOIN users u ON u.id = ranked.user_id
  `);
  const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    a.firstName.localeCompare(b.firstName, "fr") ||
    a.lastName.localeCompare(b.lastName, "fr") ||
    a.id.localeCompare(b.id);
  rows.sort((a, b) => b.points - a.points || byName(a, b));
  let rank = 0;
  return rows.slice(0, limit).map((row, index) => {
    if (index === 0 || row.points !== rows[index - 1]!.points) rank = index + 1;
    return { ...row, rank };
  });
}
