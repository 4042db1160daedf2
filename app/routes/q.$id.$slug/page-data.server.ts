import type { AppDatabase } from "#db/client";
import type { ModerationState } from "#app/domain/moderation";
import { translate, type Translate } from "#app/i18n/i18n";
import { voteOffer } from "#app/models/answers/votes.server";
import { refusalMessage } from "#app/models/refusal-message";
import type { PostType } from "#app/domain/questions";
import type { Locale } from "#app/i18n/messages";
import {
  privilegeRefusal,
  type Actor,
  CLOSE_VOTES_NEEDED,
} from "#app/models/members/privileges.server";
import { editRefusal } from "#app/models/questions/edits.server";
import { questionPath } from "#app/models/questions/paths";
import { type questionThread } from "#app/models/questions/thread.server";
import { removalRules } from "#app/models/moderation/log.server";
import { excerpt, markdownToPlainText } from "#app/domain/markdown.server";
import { splitAtListings } from "#app/domain/listing-tokens";
import { authorName } from "#app/domain/names";
import { shownImage } from "#app/domain/images";
import { avatarsOf, postImages } from "#app/models/images/images.server";
import { newsAboutQuestion } from "#app/models/news/questions.server";

type Thread = NonNullable<ReturnType<typeof questionThread>>;
type Author = Thread["authors"] extends Map<string, infer A> ? A : never;

/**
 * Turns a question thread into what the page renders: names as the viewer
 * may see them, the viewer's own votes, and which buttons they get. Buttons
 * only reflect the rules; every action checks them again on the server.
 */
export function questionPageData(
  db: AppDatabase,
  thread: Thread,
  options: { actor: Actor | null; isModerator: boolean; locale: Locale; origin: string },
) {
  const { actor, isModerator, locale, origin } = options;
  const formerMember = translate(locale, "profile.formerMember");
  const { question } = thread;
  const avatars = avatarsOf(db, [...thread.authors.keys()]);
  const person = (author: Author | undefined, full = Boolean(actor)) => {
    if (!author) return { id: null, name: formerMember, reputation: 0, avatar: null };
    const avatar = author.deleted ? undefined : avatars.get(author.id);
    return {
      id: author.deleted ? null : author.id,
      name: authorName(author, { full, formerMember }),
      reputation: author.reputation,
      avatar: avatar ? shownImage(avatar) : null,
    };
  };
  const photos = {
    question: postImages(db, { type: "question", ids: [question.id] }),
    answers: postImages(db, { type: "answer", ids: thread.answers.map((answer) => answer.id) }),
  };
  const isAsker = actor?.id === question.authorId;
  // Why moderation removed a post: shown in place to its author and to moderators (the only ones who see it).
  const rules = removalRules(db, [
    ...(question.moderationState ? [{ targetType: "question" as const, id: question.id }] : []),
    ...thread.answers
      .filter((answer) => answer.moderationState)
      .map((answer) => ({ targetType: "answer" as const, id: answer.id })),
  ]);
  const moderation = (
    postType: "question" | "answer",
    post: {
      id: number;
      authorId: string;
      moderationState: ModerationState | null;
      moderationReason: string | null;
    },
  ) =>
    post.moderationState
      ? {
          state: post.moderationState,
          rule: rules.get(`${postType}:${post.id}`) ?? "other",
          reason: post.moderationReason,
          mine: post.authorId === actor?.id,
        }
      : null;
  const t: Translate = (key, params) => translate(locale, key, params);
  // What the vote buttons offer: nothing to visitors, « Utile » or why not, and the down-vote.
  const votes = (postType: PostType, post: { authorId: string; deletedAt: Date | null }) => {
    if (!actor || post.deletedAt) return null;
    const { upRefusal, canVoteDown } = voteOffer(actor, postType, post, question);
    // A locked question says so once, at its top: no reason repeated under each post.
    if (upRefusal?.reason === "question-locked") return null;
    return {
      canVoteDown,
      upBlocked: upRefusal
        ? {
            reason: upRefusal.reason,
            message:
              upRefusal.reason === "own-post" ||
              upRefusal.reason === "not-verified-neighbour" ||
              upRefusal.reason === "email-unverified"
                ? t(`vote.why.${upRefusal.reason}`)
                : refusalMessage(t, upRefusal),
          }
        : null,
    };
  };
  const canEdit = (authorId: string) =>
    Boolean(actor) && editRefusal(db, actor!, { authorId }, question.placeId, isModerator) === null;
  const commentsFor = (answerId: number | null) =>
    thread.comments
      .filter((comment) => comment.answerId === answerId)
      .map((comment) => ({
        id: comment.id,
        body: comment.body,
        createdAt: comment.createdAt.toISOString(),
        author: person(thread.authors.get(comment.authorId)),
        canDelete: Boolean(actor) && (comment.authorId === actor!.id || isModerator),
        canFlag: Boolean(actor) && comment.authorId !== actor!.id,
      }));

  const answers = thread.answers.map((answer) => ({
    id: answer.id,
    // The body cut at its listing cards (ADR 025), which `listingCards` fills.
    parts: splitAtListings(answer.bodyHtml),
    photos: (photos.answers.get(answer.id) ?? []).map(shownImage),
    score: answer.score,
    helpful: answer.upvoteCount,
    votes: votes("answer", answer),
    thanksCount: answer.thanksCount,
    accepted: answer.id === question.acceptedAnswerId,
    createdAt: answer.createdAt.toISOString(),
    editedAt: answer.editedAt?.toISOString() ?? null,
    deleted: answer.deletedAt != null,
    author: person(thread.authors.get(answer.authorId)),
    isMine: actor?.id === answer.authorId,
    myVote: thread.myVotes.get(`answer:${answer.id}`) ?? 0,
    thanked: thread.myThanks.has(answer.id),
    revisions: thread.revisionCounts.get(`answer:${answer.id}`) ?? 1,
    comments: commentsFor(answer.id),
    canEdit: !answer.deletedAt && canEdit(answer.authorId),
    canDelete: !answer.deletedAt && (actor?.id === answer.authorId || isModerator),
    canRestore: Boolean(answer.deletedAt) && isModerator,
    moderation: moderation("answer", answer),
    canFlag: Boolean(actor) && !answer.deletedAt && answer.authorId !== actor!.id,
  }));

  const pendingClose = thread.pendingCloseVotes.filter((vote) => vote.action === "close");
  const pendingReopen = thread.pendingCloseVotes.filter((vote) => vote.action === "reopen");
  const mayVoteToClose =
    Boolean(actor) && (isModerator || isAsker || privilegeRefusal(actor!, "voteToClose") === null);

  return {
    canonicalUrl: `${origin}${questionPath(question)}`,
    description: excerpt(question.body || question.title, 160),
    question: {
      id: question.id,
      slug: question.slug,
      title: question.title,
      kind: question.kind,
      category: question.category,
      bodyHtml: question.bodyHtml,
      photos: (photos.question.get(question.id) ?? []).map(shownImage),
      aboutNews: newsAboutQuestion(db, question.id),
      score: question.score,
      helpful: question.upvoteCount,
      votes: votes("question", question),
      answerCount: question.answerCount,
      createdAt: question.createdAt.toISOString(),
      editedAt: question.editedAt?.toISOString() ?? null,
      neededBy: question.neededBy,
      closedReason: question.closedReason,
      deleted: question.deletedAt != null,
      positionShared: question.positionShared,
      author: person(thread.authors.get(question.authorId)),
      place: thread.place,
      tags: thread.tags,
      myVote: thread.myVotes.get(`question:${question.id}`) ?? 0,
      revisions: thread.revisionCounts.get(`question:${question.id}`) ?? 1,
      comments: commentsFor(null),
      canEdit: !question.deletedAt && canEdit(question.authorId),
      canDelete: !question.deletedAt && (isAsker || isModerator),
      canRestore: Boolean(question.deletedAt) && isModerator,
      moderation: moderation("question", question),
      canFlag: Boolean(actor) && !question.deletedAt && !isAsker,
      locked: question.lockedAt != null,
    },
    answers,
    duplicateOf: thread.duplicateOf
      ? { ...thread.duplicateOf, path: questionPath(thread.duplicateOf) }
      : null,
    closing: {
      needed: CLOSE_VOTES_NEEDED,
      pendingClose: pendingClose.length,
      pendingReopen: pendingReopen.length,
      votedClose: pendingClose.some((vote) => vote.voterId === actor?.id),
      votedReopen: pendingReopen.some((vote) => vote.voterId === actor?.id),
      mayVote: mayVoteToClose,
    },
    viewer: {
      signedIn: Boolean(actor),
      emailVerified: actor?.emailVerified ?? false,
      isAsker,
      isModerator,
    },
    jsonLd: questionJsonLd(thread, { origin, formerMember }),
  };
}

export type QuestionPageData = ReturnType<typeof questionPageData>;

/**
 * schema.org QAPage for search engines. Names are always the public ones
 * ("Camille D."): this is what the whole web reads.
 */
export function questionJsonLd(
  thread: Thread,
  { origin, formerMember }: { origin: string; formerMember: string },
) {
  const { question } = thread;
  const pageUrl = `${origin}${questionPath(question)}`;
  const personLd = (authorId: string) => {
    const author = thread.authors.get(authorId);
    return {
      "@type": "Person",
      name: author ? authorName(author, { full: false, formerMember }) : formerMember,
      ...(author && !author.deleted ? { url: `${origin}/m/${author.id}` } : {}),
    };
  };
  const visibleAnswers = thread.answers.filter((answer) => !answer.deletedAt);
  const answerLd = (answer: Thread["answers"][number]) => ({
    "@type": "Answer",
    text: markdownToPlainText(answer.body),
    dateCreated: answer.createdAt.toISOString(),
    upvoteCount: answer.upvoteCount,
    url: `${pageUrl}#reponse-${answer.id}`,
    author: personLd(answer.authorId),
  });
  const accepted = visibleAnswers.find((answer) => answer.id === question.acceptedAnswerId);
  return {
    "@context": "https://schema.org",
    "@type": "QAPage",
    mainEntity: {
      "@type": "Question",
      name: question.title,
      text: markdownToPlainText(question.body) || question.title,
      answerCount: visibleAnswers.length,
      upvoteCount: question.upvoteCount,
      dateCreated: question.createdAt.toISOString(),
      author: personLd(question.authorId),
      ...(accepted ? { acceptedAnswer: answerLd(accepted) } : {}),
      suggestedAnswer: visibleAnswers.filter((answer) => answer !== accepted).map(answerLd),
    },
  };
}
