import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { AppDatabase } from "#db/client";
import {
  answers,
  comments,
  importedRecords,
  neighbourVerifications,
  places,
  questionTags,
  questions,
  users,
  votes,
} from "#db/schema";
import {
  ANSWER_MIN,
  BODY_MAX,
  CATEGORIES,
  COMMENT_MAX,
  QUESTION_KINDS,
  TAG_MAX_LENGTH,
  TAGS_MAX,
  TITLE_MAX,
  TITLE_MIN,
  normalizeTags,
} from "#app/domain/questions";
import { generateId } from "#app/server/tokens.server";
import { acceptAnswer, insertAnswer, recordVote } from "#app/models/answers/answers.server";
import { loadActor, type Actor } from "#app/models/members/privileges.server";
import { getAnswer, getQuestion, loadPost } from "#app/models/questions/posts.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { findUserByEmail, normalizeEmail } from "#app/models/members/users.server";
import type { Store } from "#app/server/search.server";

/**
 * Moving a community in and out: JSON Lines, one record a line (the format is
 * docs/import.md). Each line is stored in its own transaction, so a bad line
 * stores nothing and the lines around it are unaffected; the source's ids are
 * remembered in `imported_records`, so importing the same file again changes
 * nothing.
 */

export const RECORD_TYPES = ["member", "question", "answer", "comment", "vote"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
type Counts = Record<RecordType, number>;

export type ImportReport = {
  /** Lines read, blank ones included. */
  lines: number;
  created: Counts;
  /** Already imported from this source: left as they are. */
  skipped: Counts;
  /** Member lines whose email already belonged to a member here: mapped to that account. */
  linkedMembers: number;
  errors: { line: number; reason: string }[];
};

// ---------------------------------------------------------------------------
// The line format

/** Source ids are opaque; numbers are accepted too, since converted archives often use them. */
const sourceId = z
  .union([z.string().trim().min(1).max(200), z.number().int()])
  .transform((id) => String(id));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;
function isoDate(field: string) {
  return z
    .string()
    .refine(
      (value) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)),
      `${field} must be an ISO 8601 date, with a time zone if it has a time (e.g. 2026-03-01T10:00:00Z)`,
    )
    .transform((value) => new Date(value));
}

const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;
const placeCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(INSEE_CODE, "place must be an INSEE code of 5 characters, e.g. 44052");

function name(field: string) {
  return z
    .string()
    .trim()
    .min(1, `${field} must not be empty`)
    .max(60, `${field} must be at most 60 characters`);
}

function oneOf<T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.enum(values as unknown as [T[number], ...T[number][]], {
    errorMap: (_issue, ctx) => ({
      message: `unknown ${field} ${JSON.stringify(ctx.data)} (expected one of ${values.join(", ")})`,
    }),
  });
}

const memberLine = z.object({
  type: z.literal("member"),
  id: sourceId,
  firstName: name("firstName"),
  lastName: name("lastName"),
  email: z
    .string()
    .trim()
    .max(254, "email must be at most 254 characters")
    .email("email is not a valid address")
    .nullish(),
  place: placeCode.nullish(),
  verified: z.boolean().default(false),
  /** An erased account ("Ancien membre"), kept so its posts keep an author. */
  deleted: z.boolean().default(false),
  createdAt: isoDate("createdAt").optional(),
});

const questionLine = z.object({
  type: z.literal("question"),
  id: sourceId,
  author: sourceId,
  place: placeCode,
  kind: oneOf("kind", QUESTION_KINDS),
  category: oneOf("category", CATEGORIES),
  title: z
    .string()
    .trim()
    .min(TITLE_MIN, `title must be ${TITLE_MIN}–${TITLE_MAX} characters`)
    .max(TITLE_MAX, `title must be ${TITLE_MIN}–${TITLE_MAX} characters`),
  body: z.string().trim().max(BODY_MAX, `body must be at most ${BODY_MAX} characters`).default(""),
  tags: z
    .array(z.string(), { invalid_type_error: "tags must be an array of strings" })
    .default([])
    .transform((tags) => normalizeTags(tags))
    .refine((tags) => tags.length <= TAGS_MAX, `tags: at most ${TAGS_MAX} tags`)
    .refine(
      (tags) => tags.every((tag) => tag.length <= TAG_MAX_LENGTH),
      `tags: each tag must be at most ${TAG_MAX_LENGTH} characters`,
    ),
  neededBy: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "neededBy must be a day, YYYY-MM-DD")
    .nullish(),
  createdAt: isoDate("createdAt"),
});

const postBody = (max: number) =>
  z
    .string()
    .trim()
    .min(ANSWER_MIN, `body must be ${ANSWER_MIN}–${max} characters`)
    .max(max, `body must be ${ANSWER_MIN}–${max} characters`);

const answerLine = z.object({
  type: z.literal("answer"),
  id: sourceId,
  question: sourceId,
  author: sourceId,
  body: postBody(BODY_MAX),
  accepted: z.boolean().default(false),
  createdAt: isoDate("createdAt"),
});

const commentLine = z.object({
  type: z.literal("comment"),
  id: sourceId,
  question: sourceId.optional(),
  answer: sourceId.optional(),
  author: sourceId,
  body: postBody(COMMENT_MAX),
  createdAt: isoDate("createdAt"),
});

const voteLine = z.object({
  type: z.literal("vote"),
  post: sourceId,
  voter: sourceId,
  value: z.union([z.literal(1), z.literal(-1)], {
    errorMap: () => ({ message: "value must be 1 or -1" }),
  }),
  createdAt: isoDate("createdAt").optional(),
});

const recordLine = z.discriminatedUnion("type", [
  memberLine,
  questionLine,
  answerLine,
  commentLine,
  voteLine,
]);
type RecordLine = z.infer<typeof recordLine>;

// ---------------------------------------------------------------------------
// Import

/** A reason to refuse a line, worded for the person running the import. */
class LineError extends Error {}

function emptyCounts(): Counts {
  return { member: 0, question: 0, answer: 0, comment: 0, vote: 0 };
}

export async function importCommunity(
  { db, search }: Store,
  lines: AsyncIterable<string> | Iterable<string>,
  { source, onProgress }: { source: string; onProgress?: (linesDone: number) => void },
): Promise<ImportReport> {
  if (!source.trim()) throw new Error("The import source must not be empty.");
  const report: ImportReport = {
    lines: 0,
    created: emptyCounts(),
    skipped: emptyCounts(),
    linkedMembers: 0,
    errors: [],
  };
  for await (const text of lines) {
    report.lines += 1;
    // A byte order mark, or a blank line (a trailing newline), is not a record.
    const line = (report.lines === 1 ? text.replace(/^\uFEFF/, "") : text).trim();
    if (line) {
      const result = importLine({ db, search }, source, line);
      if (!result.ok) report.errors.push({ line: report.lines, reason: result.reason });
      else if (result.outcome === "skipped") report.skipped[result.type] += 1;
      else {
        report.created[result.type] += result.outcome === "created" ? 1 : 0;
        report.linkedMembers += result.outcome === "linked" ? 1 : 0;
      }
    }
    onProgress?.(report.lines);
  }
  return report;
}

type LineResult =
  | { ok: true; type: RecordType; outcome: "created" | "linked" | "skipped" }
  | { ok: false; reason: string };

function importLine({ db, search }: Store, source: string, line: string): LineResult {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, reason: "invalid JSON" };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: "a line must be a JSON object" };
  }
  const label = recordLabel(raw as Record<string, unknown>);
  const parsed = recordLine.safeParse(raw);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => describeIssue(issue, raw));
    return { ok: false, reason: label + [...new Set(reasons)].join("; ") };
  }
  const record = parsed.data;
  const key = record.type === "vote" ? `${record.post}:${record.voter}` : record.id;
  try {
    return db.transaction(() => {
      if (findImported(db, source, record.type, key) != null) {
        return { ok: true as const, type: record.type, outcome: "skipped" as const };
      }
      const stored = storeRecord({ db, search }, source, record);
      rememberImported(db, source, record.type, key, stored.localId);
      return { ok: true as const, type: record.type, outcome: stored.outcome };
    });
  } catch (error) {
    if (error instanceof LineError) return { ok: false, reason: label + error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `${label}could not be stored: ${message}` };
  }
}

/** "question q9: " when the line says what it is, so a reason points at the record. */
function recordLabel(raw: Record<string, unknown>) {
  const text = (value: unknown) =>
    typeof value === "string" || typeof value === "number" ? String(value) : undefined;
  const type = text(raw.type);
  if (!type || !(RECORD_TYPES as readonly string[]).includes(type)) return "";
  if (type === "vote") {
    const post = text(raw.post);
    const voter = text(raw.voter);
    return post && voter ? `vote on ${post} by ${voter}: ` : "vote: ";
  }
  const id = text(raw.id);
  return id ? `${type} ${id}: ` : `${type}: `;
}

function describeIssue(issue: z.ZodIssue, raw: unknown) {
  const field = issue.path.join(".");
  if (issue.code === "invalid_union_discriminator") {
    const type = (raw as { type?: unknown }).type;
    return type === undefined
      ? "missing field type"
      : `unknown type ${JSON.stringify(type)} (expected one of ${RECORD_TYPES.join(", ")})`;
  }
  const value = issue.path.reduce<unknown>(
    (parent, key) => (parent as Record<string | number, unknown> | undefined)?.[key],
    raw,
  );
  if (value === undefined && (issue.code === "invalid_type" || issue.code === "invalid_union")) {
    return `missing field ${field}`;
  }
  if (issue.code === "invalid_type" && issue.received === "null") {
    return `${field} must not be null`;
  }
  if (issue.message.startsWith(field) || issue.message.startsWith("unknown ")) {
    return issue.message;
  }
  if (issue.code === "invalid_union") return `${field} must be a string or an integer`;
  if (issue.code === "invalid_type") return `${field} must be a ${issue.expected}`;
  return `${field}: ${issue.message}`;
}

function storeRecord(
  { db, search }: Store,
  source: string,
  record: RecordLine,
): { localId: string; outcome: "created" | "linked" } {
  switch (record.type) {
    case "member":
      return storeMember(db, record);
    case "question":
      return { localId: storeQuestion({ db, search }, source, record), outcome: "created" };
    case "answer":
      return { localId: storeAnswer({ db, search }, source, record), outcome: "created" };
    case "comment":
      return { localId: storeComment(db, source, record), outcome: "created" };
    case "vote":
      return { localId: storeVote({ db, search }, source, record), outcome: "created" };
  }
}

function storeMember(db: AppDatabase, member: z.infer<typeof memberLine>) {
  const placeId = member.place ? placeIdByCode(db, member.place) : null;
  if (member.verified && placeId == null) {
    throw new LineError("verified needs a place to be verified in");
  }
  if (member.email && !member.deleted) {
    // The neighbour already has an account here: their imported posts join it, unchanged.
    const existing = findUserByEmail(db, member.email);
    if (existing) return { localId: existing.id, outcome: "linked" as const };
  }
  const id = generateId();
  const now = new Date();
  // No password: the member claims the account with "Mot de passe oublié",
  // which also confirms the address (docs/import.md).
  db.insert(users)
    .values(
      member.deleted
        ? {
            id,
            firstName: "",
            lastName: "",
            createdAt: member.createdAt ?? now,
            deletedAt: now,
          }
        : {
            id,
            email: member.email ? normalizeEmail(member.email) : null,
            emailVerifiedAt: null,
            firstName: member.firstName,
            lastName: member.lastName,
            passwordHash: null,
            homePlaceId: placeId,
            createdAt: member.createdAt ?? now,
          },
    )
    .run();
  if (member.verified && placeId != null && !member.deleted) {
    db.insert(neighbourVerifications)
      .values({ userId: id, placeId, method: "import", createdAt: now })
      .run();
  }
  return { localId: id, outcome: "created" as const };
}

function storeQuestion(
  { db, search }: Store,
  source: string,
  question: z.infer<typeof questionLine>,
) {
  const authorId = resolveReference(db, source, "member", question.author, "author");
  const placeId = placeIdByCode(db, question.place);
  const { id } = insertQuestion(
    { db, search },
    {
      authorId,
      placeId,
      kind: question.kind,
      category: question.category,
      title: question.title,
      body: question.body,
      tags: question.tags,
      neededBy: question.neededBy ?? null,
      createdAt: question.createdAt,
    },
  );
  return String(id);
}

function storeAnswer({ db, search }: Store, source: string, answer: z.infer<typeof answerLine>) {
  const questionId = Number(resolveReference(db, source, "question", answer.question, "question"));
  const authorId = resolveReference(db, source, "member", answer.author, "author");
  const question = liveQuestion(db, questionId, `question ${answer.question}`);
  if (answer.accepted && question.acceptedAnswerId != null) {
    throw new LineError(`question ${answer.question} already has an accepted answer`);
  }
  const { id } = insertAnswer(
    { db, search },
    {
      questionId,
      authorId,
      body: answer.body,
      createdAt: answer.createdAt,
    },
  );
  if (answer.accepted) {
    // Accepted as the asker would, so the reputation follows the usual rules.
    const accepted = acceptAnswer({ db, search }, askerActor(db, question.authorId), id, {
      at: answer.createdAt,
    });
    if (!accepted.ok) throw new LineError(`could not be accepted (${accepted.refusal.reason})`);
  }
  return String(id);
}

/**
 * The asker as `acceptAnswer` sees them. An erased account cannot be loaded
 * as an actor, but its acceptance still stands: only the id is checked.
 */
function askerActor(db: AppDatabase, userId: string): Actor {
  return (
    loadActor(db, userId) ?? {
      id: userId,
      isAdmin: false,
      emailVerified: false,
      verifiedNeighbour: false,
      reputation: 0,
      homePlaceId: null,
    }
  );
}

function storeComment(db: AppDatabase, source: string, comment: z.infer<typeof commentLine>) {
  if ((comment.question == null) === (comment.answer == null)) {
    throw new LineError("a comment needs exactly one of question or answer");
  }
  const authorId = resolveReference(db, source, "member", comment.author, "author");
  let questionId: number;
  let answerId: number | null = null;
  if (comment.answer != null) {
    answerId = Number(resolveReference(db, source, "answer", comment.answer, "answer"));
    const answer = getAnswer(db, answerId);
    if (!answer || answer.deletedAt) {
      throw new LineError(`answer ${comment.answer} has been deleted here`);
    }
    questionId = answer.questionId;
  } else {
    questionId = Number(resolveReference(db, source, "question", comment.question!, "question"));
  }
  liveQuestion(
    db,
    questionId,
    comment.question != null ? `question ${comment.question}` : "the answer's question",
  );
  const { id } = db
    .insert(comments)
    .values({ questionId, answerId, authorId, body: comment.body, createdAt: comment.createdAt })
    .returning({ id: comments.id })
    .get();
  db.update(questions)
    .set({
      lastActivityAt: sql`max(${questions.lastActivityAt}, ${Math.floor(comment.createdAt.getTime() / 1000)})`,
    })
    .where(eq(questions.id, questionId))
    .run();
  return String(id);
}

function storeVote({ db, search }: Store, source: string, vote: z.infer<typeof voteLine>) {
  const voterId = resolveReference(db, source, "member", vote.voter, "voter");
  // Answers first: a source whose questions and answers share ids means the answer.
  const answerId = findImported(db, source, "answer", vote.post);
  const questionId = answerId == null ? findImported(db, source, "question", vote.post) : null;
  if (answerId == null && questionId == null) {
    throw new LineError(`unknown post ${vote.post}`);
  }
  const postType = answerId != null ? ("answer" as const) : ("question" as const);
  const postId = Number(answerId ?? questionId);
  const loaded = loadPost(db, postType, postId);
  const at = vote.createdAt ?? loaded?.post.createdAt ?? new Date();
  const outcome = recordVote({ db, search }, voterId, { postType, postId, value: vote.value }, at);
  if (!outcome.ok) {
    throw new LineError(
      outcome.refusal.reason === "own-post"
        ? `member ${vote.voter} cannot vote on their own post`
        : `${postType} ${vote.post} has been deleted here`,
    );
  }
  const row = db
    .select({ id: votes.id })
    .from(votes)
    .where(and(eq(votes.postType, postType), eq(votes.postId, postId), eq(votes.voterId, voterId)))
    .get();
  return String(row?.id ?? `${postType}:${postId}:${voterId}`);
}

/** The question a line adds to; `described` names it in the error if it was deleted here meanwhile. */
function liveQuestion(db: AppDatabase, questionId: number, described: string) {
  const question = getQuestion(db, questionId);
  if (!question || question.deletedAt) throw new LineError(`${described} has been deleted here`);
  return question;
}

function placeIdByCode(db: AppDatabase, code: string) {
  const place = db.select({ id: places.id }).from(places).where(eq(places.code, code)).get();
  if (!place) throw new LineError(`unknown place ${code}`);
  return place.id;
}

/** The local id of a record this source brought in earlier, or an error naming the reference. */
function resolveReference(
  db: AppDatabase,
  source: string,
  type: RecordType,
  id: string,
  role: string,
) {
  const localId = findImported(db, source, type, id);
  if (localId == null) throw new LineError(`unknown ${role} ${id}`);
  return localId;
}

function findImported(db: AppDatabase, source: string, type: RecordType, sourceId: string) {
  return db
    .select({ localId: importedRecords.localId })
    .from(importedRecords)
    .where(
      and(
        eq(importedRecords.source, source),
        eq(importedRecords.type, type),
        eq(importedRecords.sourceId, sourceId),
      ),
    )
    .get()?.localId;
}

function rememberImported(
  db: AppDatabase,
  source: string,
  type: RecordType,
  sourceId: string,
  localId: string,
) {
  db.insert(importedRecords).values({ source, type: type, sourceId, localId }).run();
}

// ---------------------------------------------------------------------------
// Export

export type ExportReport = Counts;

/**
 * Writes the community as JSON Lines the importer reads back: members, then
 * questions, answers, votes and comments, so every reference points to a line
 * above it. Deleted posts are left out; the posts, comments and votes of
 * erased accounts stay, by an "Ancien membre" line without personal data.
 * Post ids are prefixed ("q12", "a40", "c7") because votes name a post
 * without saying which kind it is.
 */
export function exportCommunity(
  db: AppDatabase,
  write: (line: string) => void,
  { onProgress }: { onProgress?: (done: number, total: number) => void } = {},
): ExportReport {
  const questionRows = db
    .select({ question: questions, placeCode: places.code })
    .from(questions)
    .innerJoin(places, eq(places.id, questions.placeId))
    .where(isNull(questions.deletedAt))
    .orderBy(asc(questions.id))
    .all();
  const questionIds = new Set(questionRows.map((row) => row.question.id));
  const acceptedAnswerIds = new Set(
    questionRows.map((row) => row.question.acceptedAnswerId).filter((id) => id != null),
  );
  const tagsByQuestion = new Map<number, string[]>();
  for (const row of db
    .select()
    .from(questionTags)
    .orderBy(asc(questionTags.questionId), asc(questionTags.tag))
    .all()) {
    tagsByQuestion.set(row.questionId, [...(tagsByQuestion.get(row.questionId) ?? []), row.tag]);
  }
  const answerRows = db
    .select()
    .from(answers)
    .where(isNull(answers.deletedAt))
    .orderBy(asc(answers.id))
    .all()
    .filter((answer) => questionIds.has(answer.questionId));
  const answerIds = new Set(answerRows.map((answer) => answer.id));
  const voteRows = db
    .select()
    .from(votes)
    .orderBy(asc(votes.id))
    .all()
    .filter((vote) =>
      vote.postType === "question" ? questionIds.has(vote.postId) : answerIds.has(vote.postId),
    );
  const commentRows = db
    .select()
    .from(comments)
    .where(isNull(comments.deletedAt))
    .orderBy(asc(comments.id))
    .all()
    .filter(
      (comment) =>
        questionIds.has(comment.questionId) &&
        (comment.answerId == null || answerIds.has(comment.answerId)),
    );

  const referenced = new Set([
    ...questionRows.map((row) => row.question.authorId),
    ...answerRows.map((answer) => answer.authorId),
    ...voteRows.map((vote) => vote.voterId),
    ...commentRows.map((comment) => comment.authorId),
  ]);
  const memberRows = db
    .select({ user: users, placeCode: places.code })
    .from(users)
    .leftJoin(places, eq(places.id, users.homePlaceId))
    .orderBy(asc(users.createdAt), asc(users.id))
    .all()
    .filter((row) => !row.user.deletedAt || referenced.has(row.user.id));
  const verifiedIds = verifiedMemberIds(
    db,
    memberRows.filter((row) => !row.user.deletedAt).map((row) => row.user.id),
  );

  const total =
    memberRows.length +
    questionRows.length +
    answerRows.length +
    voteRows.length +
    commentRows.length;
  let done = 0;
  const emit = (record: Record<string, unknown>) => {
    write(JSON.stringify(record));
    done += 1;
    if (done % 100 === 0 || done === total) onProgress?.(done, total);
  };
  onProgress?.(0, total);

  for (const { user, placeCode } of memberRows) {
    emit(
      user.deletedAt
        ? {
            type: "member",
            id: user.id,
            firstName: "Ancien",
            lastName: "membre",
            deleted: true,
            createdAt: user.createdAt.toISOString(),
          }
        : {
            type: "member",
            id: user.id,
            firstName: user.firstName,
            lastName: user.lastName,
            ...(user.email ? { email: user.email } : {}),
            ...(placeCode ? { place: placeCode } : {}),
            verified: verifiedIds.has(user.id),
            createdAt: user.createdAt.toISOString(),
          },
    );
  }
  for (const { question, placeCode } of questionRows) {
    emit({
      type: "question",
      id: `q${question.id}`,
      author: question.authorId,
      place: placeCode,
      kind: question.kind,
      category: question.category,
      title: question.title,
      body: question.body,
      tags: tagsByQuestion.get(question.id) ?? [],
      ...(question.neededBy ? { neededBy: question.neededBy } : {}),
      createdAt: question.createdAt.toISOString(),
    });
  }
  for (const answer of answerRows) {
    emit({
      type: "answer",
      id: `a${answer.id}`,
      question: `q${answer.questionId}`,
      author: answer.authorId,
      body: answer.body,
      accepted: acceptedAnswerIds.has(answer.id),
      createdAt: answer.createdAt.toISOString(),
    });
  }
  for (const vote of voteRows) {
    emit({
      type: "vote",
      post: `${vote.postType === "question" ? "q" : "a"}${vote.postId}`,
      voter: vote.voterId,
      value: vote.value,
      createdAt: vote.createdAt.toISOString(),
    });
  }
  for (const comment of commentRows) {
    emit({
      type: "comment",
      id: `c${comment.id}`,
      ...(comment.answerId != null
        ? { answer: `a${comment.answerId}` }
        : { question: `q${comment.questionId}` }),
      author: comment.authorId,
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
    });
  }
  return {
    member: memberRows.length,
    question: questionRows.length,
    answer: answerRows.length,
    vote: voteRows.length,
    comment: commentRows.length,
  };
}

/** Members verified in their present home place (as `activeVerification` sees it), in one query. */
function verifiedMemberIds(db: AppDatabase, userIds: string[]) {
  const verified = new Set<string>();
  // SQLite limits bound parameters; members are checked in slices.
  for (let start = 0; start < userIds.length; start += 500) {
    const slice = userIds.slice(start, start + 500);
    for (const row of db
      .select({ userId: neighbourVerifications.userId })
      .from(neighbourVerifications)
      .innerJoin(users, eq(users.id, neighbourVerifications.userId))
      .where(
        and(
          inArray(neighbourVerifications.userId, slice),
          isNull(neighbourVerifications.revokedAt),
          isNotNull(users.homePlaceId),
          eq(neighbourVerifications.placeId, users.homePlaceId),
        ),
      )
      .all()) {
      verified.add(row.userId);
    }
  }
  return verified;
}
