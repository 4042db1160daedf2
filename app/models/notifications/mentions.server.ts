import { and, eq, isNull, like } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answers, comments, places, questions, users } from "#db/schema";
import { haversineKm, type Point } from "#app/domain/geo";
import { foldText } from "#app/domain/normalize";

/** More mentions than this in one post look like spam: the rest are ignored. */
export const MAX_MENTIONS_PER_POST = 5;
/** Among namesakes outside the thread, only members living this close to the question are meant. */
export const MENTION_NEARBY_KM = 25;

// "@Camille-Durand", "@Jean-Pierre-Martin", "@Hélène-Le-Gall": at least a first and a last name.
const MENTION_PATTERN = /(?<![\p{L}\p{N}@])@(\p{L}+(?:['’-]\p{L}+)+)/gu;

/** The distinct mentions of a post, folded ("camille durand"), in order, at most five. */
export function mentionsIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(MENTION_PATTERN)) {
    found.add(foldText(match[1]!));
    if (found.size === MAX_MENTIONS_PER_POST) break;
  }
  return [...found];
}

type Candidate = { id: string; homeLat: number | null; homeLng: number | null };

/**
 * The members a mention names: the words are split into a first and a last
 * name every possible way ("jean pierre martin" is Jean / Pierre-Martin or
 * Jean-Pierre / Martin). Namesakes who took part in the thread come first,
 * then those living near the question; when that still leaves several, no
 * one is meant, rather than the wrong neighbour.
 */
export function resolveMention(
  db: AppDatabase,
  folded: string,
  thread: { participantIds: Set<string>; point: Point },
): string | null {
  const words = folded.split(" ");
  const candidates = new Map<string, Candidate>();
  for (let split = 1; split < words.length; split += 1) {
    const first = words.slice(0, split).join(" ");
    const last = words.slice(split).join(" ");
    for (const row of namesakes(db, first, last)) candidates.set(row.id, row);
  }
  let pool = [...candidates.values()];
  if (pool.length > 1) {
    const inThread = pool.filter((candidate) => thread.participantIds.has(candidate.id));
    if (inThread.length) pool = inThread;
  }
  if (pool.length > 1) {
    pool = pool.filter(
      (candidate) =>
        candidate.homeLat != null &&
        candidate.homeLng != null &&
        haversineKm({ lat: candidate.homeLat, lng: candidate.homeLng }, thread.point) <=
          MENTION_NEARBY_KM,
    );
  }
  return pool.length === 1 ? pool[0]!.id : null;
}

/**
 * Members (not deleted) whose folded names are exactly these. SQLite's LIKE
 * ignores ASCII case only, so letters that may carry an accent are wildcards
 * in the query and the exact comparison is made on the folded names here.
 */
function namesakes(db: AppDatabase, first: string, last: string): Candidate[] {
  return db
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      homeLat: places.lat,
      homeLng: places.lng,
    })
    .from(users)
    .leftJoin(places, eq(places.id, users.homePlaceId))
    .where(
      and(
        isNull(users.deletedAt),
        like(users.firstName, likePattern(first)),
        like(users.lastName, likePattern(last)),
      ),
    )
    .limit(50)
    .all()
    .filter((row) => foldText(row.firstName) === first && foldText(row.lastName) === last);
}

function likePattern(folded: string) {
  return folded.replace(/[^bdfghjklmpqrstvwxz0-9]/g, "_");
}

/** Who took part in a question's thread: the asker, the answerers and the commenters. */
export function threadParticipants(db: AppDatabase, questionId: number): Set<string> {
  const rows = db
    .select({ id: questions.authorId })
    .from(questions)
    .where(eq(questions.id, questionId))
    .union(
      db
        .select({ id: answers.authorId })
        .from(answers)
        .where(and(eq(answers.questionId, questionId), isNull(answers.deletedAt))),
    )
    .union(
      db
        .select({ id: comments.authorId })
        .from(comments)
        .where(and(eq(comments.questionId, questionId), isNull(comments.deletedAt))),
    )
    .all();
  return new Set(rows.map((row) => row.id));
}
