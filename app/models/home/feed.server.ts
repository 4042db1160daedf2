import { and, desc, eq, exists, gte, isNull, ne, or } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { AppDatabase } from "#db/client";
import { answers, questions, users } from "#db/schema";
import type { Point } from "#app/domain/geo";
import { HOME_FEED_LIMITS, HOME_RECENT_ANSWERS_DAYS } from "#app/domain/home";
import { memberName } from "#app/domain/names";
import type { Locale } from "#app/i18n/messages";
import { listQuestionsNear } from "#app/models/questions/list-near.server";
import { questionListViews } from "#app/models/questions/list-page.server";
import { questionPath } from "#app/models/questions/paths";

/*
 * "Autour de moi", the home of a member or of a visitor who chose a commune:
 * what is new within their radius, most pressing first. Each section is its
 * own function, so the sections later issues bring (events, news) slot in
 * beside these without touching them.
 */

type Viewer = { signedIn: boolean; locale: Locale };

/** Requests for a hand that still wait for one, around the point, newest first. */
export function openHelpRequests(db: AppDatabase, centre: Point, radiusKm: number, viewer: Viewer) {
  const { items } = listQuestionsNear(db, {
    centre,
    radiusKm,
    tab: "recent",
    kind: "help",
    openOnly: true,
    limit: HOME_FEED_LIMITS.helpRequests,
  });
  return questionListViews(items, viewer);
}

/**
 * The latest answers, by others, in the threads the member takes part in
 * (asked or answered): what they would want to come back for.
 */
export function recentAnswersForMember(db: AppDatabase, memberId: string, now = new Date()) {
  const mine = alias(answers, "mine");
  const author = alias(users, "author");
  const since = new Date(now.getTime() - HOME_RECENT_ANSWERS_DAYS * 86_400_000);
  const rows = db
    .select({
      answerId: answers.id,
      createdAt: answers.createdAt,
      questionId: questions.id,
      slug: questions.slug,
      title: questions.title,
      firstName: author.firstName,
      lastName: author.lastName,
    })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(author, eq(author.id, answers.authorId))
    .where(
      and(
        isNull(answers.deletedAt),
        isNull(questions.deletedAt),
        isNull(author.deletedAt),
        ne(answers.authorId, memberId),
        gte(answers.createdAt, since),
        or(
          eq(questions.authorId, memberId),
          exists(
            db
              .select({ id: mine.id })
              .from(mine)
              .where(
                and(
                  eq(mine.questionId, questions.id),
                  eq(mine.authorId, memberId),
                  isNull(mine.deletedAt),
                ),
              ),
          ),
        ),
      ),
    )
    .orderBy(desc(answers.createdAt), desc(answers.id))
    .limit(HOME_FEED_LIMITS.answers)
    .all();
  return rows.map((row) => ({
    id: row.answerId,
    path: `${questionPath({ id: row.questionId, slug: row.slug })}#reponse-${row.answerId}`,
    questionTitle: row.title,
    // Only members see this section, and members see each other's full names.
    authorName: memberName(row, { full: true }),
    createdAt: row.createdAt.toISOString(),
  }));
}
