import { z } from "zod";
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
import {
  ORGANISATION_CATEGORIES,
  ORGANISATION_DESCRIPTION_MAX,
  ORGANISATION_KINDS,
  ORGANISATION_NAME_MAX,
} from "#app/domain/directory";
import { openingHoursSchema } from "#app/domain/opening-hours";

/**
 * The format a community moves in and out in: JSON Lines, one record a line
 * (docs/import.md). The importer reads it, the exporter writes it; a line
 * that is not a record says why, worded for the person running the import.
 */

export const RECORD_TYPES = [
  "member",
  "question",
  "answer",
  "comment",
  "vote",
  "organisation",
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
export type RecordCounts = Record<RecordType, number>;

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

/**
 * A directory listing (« fiche »): its point, when given, is its premises.
 * That the category is one of the kind's and that lat and lng come
 * together is checked as it is stored (a discriminated union takes plain
 * objects only).
 */
const organisationLine = z.object({
  type: z.literal("organisation"),
  id: sourceId,
  name: z
    .string()
    .trim()
    .min(1, "name must not be empty")
    .max(ORGANISATION_NAME_MAX, `name must be at most ${ORGANISATION_NAME_MAX} characters`),
  kind: oneOf("kind", ORGANISATION_KINDS),
  category: oneOf("category", ORGANISATION_CATEGORIES as [string, ...string[]]),
  place: placeCode,
  lat: z.number().min(-90, "lat must be within ±90").max(90, "lat must be within ±90").nullish(),
  lng: z
    .number()
    .min(-180, "lng must be within ±180")
    .max(180, "lng must be within ±180")
    .nullish(),
  description: z
    .string()
    .trim()
    .max(
      ORGANISATION_DESCRIPTION_MAX,
      `description must be at most ${ORGANISATION_DESCRIPTION_MAX} characters`,
    )
    .nullish(),
  openingHours: openingHoursSchema.nullish(),
  website: z
    .string()
    .trim()
    .max(500, "website must be at most 500 characters")
    .url("website must be a URL")
    .refine((url) => /^https?:\/\//i.test(url), "website must be an http(s) URL")
    .nullish(),
  phone: z
    .string()
    .trim()
    .max(30, "phone must be at most 30 characters")
    .regex(/^[+\d][\d .()-]*$/, "phone must be digits, spaces and + . ( ) -")
    .nullish(),
});

const recordLine = z.discriminatedUnion("type", [
  memberLine,
  questionLine,
  answerLine,
  commentLine,
  voteLine,
  organisationLine,
]);
export type RecordLine = z.infer<typeof recordLine>;

/** The record of one type: `RecordOf<"answer">`. */
export type RecordOf<T extends RecordType> = Extract<RecordLine, { type: T }>;

export type ParsedLine =
  | { ok: true; record: RecordLine; label: string }
  | { ok: false; reason: string };

/**
 * One line as a record, with its label ("question q9: ") to put before any
 * reason it is refused later, or the reason it is not a record.
 */
export function parseRecordLine(line: string): ParsedLine {
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
  return { ok: true, record: parsed.data, label };
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
