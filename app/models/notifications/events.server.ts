import { and, eq, isNull, like } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answers, conversations, notifications, questions } from "#db/schema";
import { followersOf } from "./follows.server";
import { mentionsIn, resolveMention, threadParticipants } from "./mentions.server";
import { notify } from "./notify.server";

/*
 * Who hears of what a member does. Each function is called by a member-action
 * function (askQuestion, answerQuestion, addComment, acceptAnswer,
 * thankAnswer, the edits) inside its transaction, never by the insert*
 * functions the import and the seed use: a two-year-old imported answer must
 * not ring anyone's bell. Each dedupe key names the event, so a repeat of it
 * notifies no one twice.
 */

function questionRef(db: AppDatabase, questionId: number) {
  return db
    .select({
      id: questions.id,
      authorId: questions.authorId,
      placeId: questions.placeId,
      category: questions.category,
      lat: questions.lat,
      lng: questions.lng,
      createdAt: questions.createdAt,
    })
    .from(questions)
    .where(eq(questions.id, questionId))
    .get();
}

/** A new question: the members following its place and category, and those it mentions. */
export function onQuestionAsked(db: AppDatabase, questionId: number, body: string) {
  const question = questionRef(db, questionId);
  if (!question) return;
  const point = { lat: question.lat, lng: question.lng };
  for (const userId of followersOf(db, { ...question, point })) {
    notify(db, {
      userId,
      type: "followed-question",
      dedupeKey: `question:${question.id}`,
      actorId: question.authorId,
      questionId: question.id,
      at: question.createdAt,
    });
  }
  notifyMentions(db, question.authorId, body, {
    questionId,
    postKey: `question:${questionId}`,
    at: question.createdAt,
  });
}

/** A new answer: the asker, and those it mentions. */
export function onAnswerPosted(db: AppDatabase, answerId: number) {
  const answer = db.select().from(answers).where(eq(answers.id, answerId)).get();
  const question = answer && questionRef(db, answer.questionId);
  if (!answer || !question) return;
  notify(db, {
    userId: question.authorId,
    type: "answer-on-my-question",
    dedupeKey: `answer:${answerId}`,
    actorId: answer.authorId,
    questionId: question.id,
    answerId,
    at: answer.createdAt,
  });
  notifyMentions(db, answer.authorId, answer.body, {
    questionId: question.id,
    answerId,
    postKey: `answer:${answerId}`,
    at: answer.createdAt,
  });
}

/**
 * A new comment: the author of what it comments on (the asker for the
 * question; the answerer for an answer, and the asker too when someone else
 * wrote the answer, since it is their thread — once if they are the same),
 * and those it mentions.
 */
export function onCommentPosted(
  db: AppDatabase,
  comment: {
    id: number;
    authorId: string;
    questionId: number;
    answerId: number | null;
    body: string;
    createdAt: Date;
  },
) {
  const question = questionRef(db, comment.questionId);
  if (!question) return;
  const common = {
    dedupeKey: `comment:${comment.id}`,
    actorId: comment.authorId,
    questionId: question.id,
    answerId: comment.answerId,
    commentId: comment.id,
    at: comment.createdAt,
  };
  let answerAuthorIsAsker = false;
  if (comment.answerId != null) {
    const answer = db
      .select({ authorId: answers.authorId })
      .from(answers)
      .where(eq(answers.id, comment.answerId))
      .get();
    if (answer) notify(db, { ...common, userId: answer.authorId, type: "comment-on-my-answer" });
    if (answer?.authorId === question.authorId) answerAuthorIsAsker = true;
  }
  if (!answerAuthorIsAsker) {
    notify(db, { ...common, userId: question.authorId, type: "comment-on-my-question" });
  }
  notifyMentions(db, comment.authorId, comment.body, {
    questionId: question.id,
    answerId: comment.answerId,
    commentId: comment.id,
    postKey: `comment:${comment.id}`,
    at: comment.createdAt,
  });
}

/** The asker accepted an answer: its author. */
export function onAnswerAccepted(
  db: AppDatabase,
  acceptedBy: string,
  answer: { id: number; authorId: string; questionId: number },
  at: Date,
) {
  notify(db, {
    userId: answer.authorId,
    type: "answer-accepted",
    dedupeKey: `accept:${answer.id}`,
    actorId: acceptedBy,
    questionId: answer.questionId,
    answerId: answer.id,
    at,
  });
}

/** A member said thanks for an answer: its author. */
export function onAnswerThanked(
  db: AppDatabase,
  thankedBy: string,
  answer: { id: number; authorId: string; questionId: number },
  at: Date,
) {
  notify(db, {
    userId: answer.authorId,
    type: "thanks-received",
    dedupeKey: `thanks:${answer.id}:${thankedBy}`,
    actorId: thankedBy,
    questionId: answer.questionId,
    answerId: answer.id,
    at,
  });
}

/**
 * A private message: the other member, once per unread stretch. The key holds
 * when they last read the conversation, so a second message before they read
 * it adds nothing, and the first one after a read rings again.
 */
export function onMessageSent(
  db: AppDatabase,
  message: { conversationId: number; senderId: string; at: Date },
) {
  const conversation = db
    .select()
    .from(conversations)
    .where(eq(conversations.id, message.conversationId))
    .get();
  if (!conversation) return;
  const recipientIsA = conversation.memberBId === message.senderId;
  const recipientId = recipientIsA ? conversation.memberAId : conversation.memberBId;
  const lastRead = recipientIsA ? conversation.memberALastReadAt : conversation.memberBLastReadAt;
  notify(db, {
    userId: recipientId,
    type: "message-received",
    dedupeKey: `${messageKeyPrefix(conversation.id)}${lastRead?.getTime() ?? 0}`,
    actorId: message.senderId,
    at: message.at,
  });
}

/** Reading a conversation reads its message notifications too: the bell and the inbox agree. */
export function markMessageNotificationsRead(
  db: AppDatabase,
  userId: string,
  conversationId: number,
  at: Date,
) {
  db.update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.type, "message-received"),
        like(notifications.dedupeKey, `${messageKeyPrefix(conversationId)}%`),
        isNull(notifications.readAt),
      ),
    )
    .run();
}

/** `conversation:<id>:` — the dedupe key of a message notification starts with it. */
export function messageKeyPrefix(conversationId: number) {
  return `conversation:${conversationId}:`;
}

/** An edited question or answer: only the members it newly mentions (the others already know). */
export function onPostEdited(
  db: AppDatabase,
  editorAuthorId: string,
  post: { type: "question" | "answer"; id: number; questionId: number; body: string },
) {
  notifyMentions(db, editorAuthorId, post.body, {
    questionId: post.questionId,
    answerId: post.type === "answer" ? post.id : null,
    postKey: `${post.type}:${post.id}`,
  });
}

function notifyMentions(
  db: AppDatabase,
  authorId: string,
  body: string,
  target: {
    questionId: number;
    answerId?: number | null;
    commentId?: number | null;
    postKey: string;
    /** When the post was written (the seed replays history with past dates). */
    at?: Date;
  },
) {
  const mentions = mentionsIn(body);
  if (!mentions.length) return;
  const question = questionRef(db, target.questionId);
  if (!question) return;
  const thread = {
    participantIds: threadParticipants(db, question.id),
    point: { lat: question.lat, lng: question.lng },
  };
  for (const mention of mentions) {
    const userId = resolveMention(db, mention, thread);
    if (!userId) continue;
    notify(db, {
      userId,
      type: "mention",
      dedupeKey: `mention:${target.postKey}`,
      actorId: authorId,
      questionId: question.id,
      answerId: target.answerId ?? null,
      commentId: target.commentId ?? null,
      at: target.at,
    });
  }
}
