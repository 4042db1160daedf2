import { eq } from "drizzle-orm";
import { places } from "#db/schema";
import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { addComment } from "#app/models/answers/comments.server";
import { insertAnswer } from "#app/models/answers/answers.server";
import { recordVote } from "#app/models/answers/votes.server";
import { thankAnswer } from "#app/models/answers/thanks.server";
import type { Outcome } from "#app/models/refusals";
import { loadActor, type Actor } from "#app/models/members/privileges.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { voteToClose } from "#app/models/questions/close-votes.server";
import { parisDay } from "#app/i18n/format";
import type { PostType } from "#app/domain/questions";
import { DEMO_QUESTIONS, type DemoComment, type DemoQuestion } from "./content";
import type { Store } from "#app/server/search.server";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One dated step of a question's story; a question's steps run in time order. */
type Step = { at: number; run: (at: Date) => void };

/**
 * Loads the demo questions of `demo-content.ts` with their answers, votes,
 * thanks, comments, acceptances and closes, through the same model functions
 * the app uses, so counters, revisions and the reputation ledger are what
 * real use would have left. Every step gets a real date (relative to `now`,
 * never later than it), so reputation lands on realistic days and the daily
 * caps apply. Members are `demo-<key>` and must already exist.
 */
export function seedDemoQuestions(
  { db, search }: Store,
  { now = new Date() }: { now?: Date } = {},
) {
  // A few minutes back, so nothing reads as posted "in the future" or this very second.
  const latest = now.getTime() - 5 * MINUTE;
  const clamp = (at: number) => Math.min(at, latest);
  const actors = new Map<string, Actor>();
  const placeIds = new Map<string, number>();
  const questionIds = new Map<string, number>();

  // The privilege rules these steps consult (email confirmed) do not depend on
  // reputation, so an actor loaded once stays right for the whole seed.
  const actor = (key: string, context: string) => {
    let found = actors.get(key);
    if (!found) {
      found = loadActor(db, `demo-${key}`) ?? undefined;
      if (!found) throw new Error(`Demo content: unknown member "${key}" (${context})`);
      actors.set(key, found);
    }
    return found;
  };
  const placeId = (code: string, context: string) => {
    let id = placeIds.get(code);
    if (id == null) {
      id = db.select({ id: places.id }).from(places).where(eq(places.code, code)).get()?.id;
      if (id == null) throw new Error(`Demo content: unknown place "${code}" (${context})`);
      placeIds.set(code, id);
    }
    return id;
  };

  const dated = DEMO_QUESTIONS.map((question, index) => ({
    question,
    // Today's questions whose hour is still to come were asked a little earlier instead.
    createdAt: Math.min(
      daytime(now.getTime() - question.daysAgo * DAY, index),
      latest - (index % 40) * MINUTE,
    ),
  })).sort((a, b) => a.createdAt - b.createdAt);

  db.transaction(() => {
    for (const { question, createdAt } of dated) {
      const steps = questionSteps(question, createdAt);
      steps.sort((a, b) => a.at - b.at); // stable: a post comes before what happens to it
      for (const step of steps) step.run(new Date(step.at));
    }
  });
  return { questions: questionIds.size };

  function questionSteps(question: DemoQuestion, createdAt: number): Step[] {
    const context = `question "${question.key}"`;
    const asker = actor(question.author, context);
    const steps: Step[] = [];
    let questionId = 0;
    steps.push({
      at: createdAt,
      run: (at) => {
        questionId = insertQuestion(
          { db, search },
          {
            authorId: asker.id,
            placeId: placeId(question.placeCode, context),
            kind: question.kind,
            category: question.category,
            title: question.title,
            body: question.body,
            tags: question.tags,
            neededBy:
              question.kind === "help" && question.neededInDays != null
                ? parisDay(new Date(createdAt + question.neededInDays * DAY))
                : null,
            createdAt: at,
          },
        ).id;
        questionIds.set(question.key, questionId);
      },
    });
    steps.push(...voteSteps("question", () => questionId, question, createdAt, 35 * MINUTE));
    steps.push(...commentSteps(question.comments, () => questionId, null, createdAt, context));

    for (const [index, answer] of question.answers.entries()) {
      const answerContext = `${context}, answer ${index + 1}`;
      const author = actor(answer.author, answerContext);
      const answeredAt = clamp(createdAt + answer.daysAfter * DAY);
      let answerId = 0;
      steps.push({
        at: answeredAt,
        run: (at) => {
          answerId = insertAnswer(
            { db, search },
            {
              questionId,
              authorId: author.id,
              body: answer.body,
              createdAt: at,
            },
          ).id;
        },
      });
      steps.push(...voteSteps("answer", () => answerId, answer, answeredAt, 50 * MINUTE));
      for (const [position, key] of (answer.thankedBy ?? []).entries()) {
        const thanker = actor(key, answerContext);
        steps.push({
          at: clamp(answeredAt + 2 * HOUR + position * 20 * MINUTE),
          run: (at) => succeeded(thankAnswer(db, thanker, answerId, at), answerContext),
        });
      }
      steps.push(
        ...commentSteps(
          answer.comments,
          () => questionId,
          () => answerId,
          answeredAt,
          answerContext,
        ),
      );
      if (answer.accepted) {
        steps.push({
          at: clamp(answeredAt + 6 * HOUR),
          run: (at) =>
            succeeded(acceptAnswer({ db, search }, asker, answerId, { at }), answerContext),
        });
      }
    }

    if (question.closed) {
      const { reason, duplicateOf } = question.closed;
      // The asker closes once the story is told, so no answer lands on a closed question.
      const closedAt = clamp(Math.max(...steps.map((step) => step.at)) + 30 * MINUTE);
      steps.push({
        at: closedAt,
        run: (at) => {
          const duplicateOfId = duplicateOf ? questionIds.get(duplicateOf) : null;
          if (duplicateOf && duplicateOfId == null) {
            throw new Error(
              `Demo content: ${context} duplicates unknown or later "${duplicateOf}"`,
            );
          }
          succeeded(
            voteToClose(
              { db, search },
              asker,
              questionId,
              { action: "close", reason, duplicateOfId },
              at,
            ),
            context,
          );
        },
      });
    }
    return steps;
  }

  function voteSteps(
    postType: PostType,
    postId: () => number,
    post: { upvoters?: string[]; downvoters?: string[] },
    postedAt: number,
    spacing: number,
  ): Step[] {
    const ballots = [
      ...(post.upvoters ?? []).map((key) => ({ key, value: 1 as const })),
      ...(post.downvoters ?? []).map((key) => ({ key, value: -1 as const })),
    ];
    return ballots.map(({ key, value }, position) => {
      const voterId = actor(key, `${postType} vote`).id;
      return {
        at: clamp(postedAt + (position + 1) * spacing),
        run: (at) =>
          succeeded(
            recordVote({ db, search }, voterId, { postType, postId: postId(), value }, at),
            `${postType} vote by "${key}"`,
          ),
      };
    });
  }

  function commentSteps(
    comments: DemoComment[] | undefined,
    questionId: () => number,
    answerId: (() => number) | null,
    postedAt: number,
    context: string,
  ): Step[] {
    return (comments ?? []).map((comment, position) => {
      const author = actor(comment.author, context);
      return {
        at: clamp(postedAt + (position + 1) * 3 * HOUR),
        run: (at) =>
          succeeded(
            addComment(
              db,
              author,
              { questionId: questionId(), answerId: answerId?.(), body: comment.body },
              at,
            ),
            `${context}, comment by "${comment.author}"`,
          ),
      };
    });
  }
}

/**
 * The day of `at`, at a daytime hour (08:00 to 19:59 in Paris in winter, an
 * hour later in summer) derived from the question's index, so the seed is the
 * same on every run.
 */
function daytime(at: number, index: number) {
  const date = new Date(at);
  date.setUTCHours(7 + ((index * 5) % 12), (index * 23) % 60, 0, 0);
  return date.getTime();
}

function succeeded(outcome: Outcome, context: string) {
  if (!outcome.ok) {
    throw new Error(`Demo content refused (${context}): ${JSON.stringify(outcome.refusal)}`);
  }
}
