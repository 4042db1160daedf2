import type { SubmissionResult } from "@conform-to/react";
import { useActionData } from "@remix-run/react";
import { z } from "zod";
import { useValidatedForm } from "#app/components/forms";
import { useTranslate, type Translate } from "#app/i18n/i18n";
import { BODY_MAX, CLOSE_REASONS, DOWNVOTE_REASONS, POST_TYPES } from "#app/domain/questions";
import { LISTING_QUERY_MAX, type ListingMatch } from "#app/components/listing-picker";
import { answerSchema, commentSchema } from "#app/domain/question-forms";
import { MODERATION_RULES } from "#app/domain/moderation";
import { altsRequired, photoFields } from "#app/domain/image-forms";

export const DUPLICATE_OF_MAX = 300;
export const LOCK_REASON_MAX = 500;

/**
 * Every form of the question page, told apart by `intent`: the answer and
 * comment forms, closing and locking, and the buttons (votes, acceptance,
 * thanks, deletion…). One schema that Conform runs in the browser and the
 * action runs again on the server.
 */
export function questionIntentSchema(t: Translate) {
  const id = z.coerce.number().int().positive();
  const invalid = { errorMap: () => ({ message: t("form.invalid") }) };
  const lockReason = z
    .string()
    .trim()
    .max(LOCK_REASON_MAX, t("form.tooLong", { max: LOCK_REASON_MAX }))
    .optional();
  const photosChecked = altsRequired(t);
  const intents = z.discriminatedUnion("intent", [
    answerSchema(t).extend({ intent: z.literal("answer"), ...photoFields(t) }),
    // The no-JavaScript listing picker (ADR 025): the draft comes back as it was sent.
    z.object({
      intent: z.literal("find-listing"),
      body: z
        .string()
        .max(BODY_MAX * 2)
        .optional(),
      listingQuery: z.string().trim().max(LISTING_QUERY_MAX).optional(),
    }),
    z.object({
      intent: z.literal("insert-listing"),
      body: z
        .string()
        .max(BODY_MAX * 2)
        .optional(),
      listingId: id,
    }),
    commentSchema(t).extend({ intent: z.literal("comment"), answerId: id.optional() }),
    z.object({
      intent: z.literal("vote"),
      postType: z.enum(POST_TYPES),
      postId: id,
      // « Utile » or taking one's vote back; a down-vote says why (below).
      value: z.enum(["1", "0"]).transform(Number),
    }),
    z.object({
      intent: z.literal("vote-down"),
      postType: z.enum(POST_TYPES),
      postId: id,
      reason: z.enum(DOWNVOTE_REASONS, {
        errorMap: () => ({ message: t("vote.down.reasonRequired") }),
      }),
    }),
    z.object({ intent: z.literal("accept"), answerId: id, accept: z.enum(["1", "0"]) }),
    z.object({ intent: z.literal("thank"), answerId: id }),
    z.object({ intent: z.literal("delete"), postType: z.enum(POST_TYPES), postId: id }),
    z.object({ intent: z.literal("restore"), postType: z.enum(POST_TYPES), postId: id }),
    z.object({ intent: z.literal("delete-comment"), commentId: id }),
    z.object({
      intent: z.literal("close"),
      reason: z.enum(CLOSE_REASONS, invalid),
      duplicateOf: z
        .string()
        .trim()
        .max(DUPLICATE_OF_MAX, t("form.tooLong", { max: DUPLICATE_OF_MAX }))
        .optional(),
    }),
    z.object({ intent: z.literal("reopen") }),
    z.object({
      intent: z.literal("lock"),
      rule: z.enum(MODERATION_RULES, invalid),
      reason: lockReason,
    }),
    z.object({
      intent: z.literal("unlock"),
      rule: z.enum(MODERATION_RULES, invalid),
      reason: lockReason,
    }),
  ]);
  return intents.superRefine((value, context) => {
    if (value.intent === "answer") photosChecked(value, context);
  });
}

export type QuestionIntent = z.input<ReturnType<typeof questionIntentSchema>>;

/** Where a notice is shown: next to the post (or the part of the page) it is about. */
export type Notice = { ok: boolean; message: string; target: string };

/** What the action answers: a notice about a button's outcome, or Conform's result for a form. */
export type QuestionReply = {
  notice?: Notice;
  /** What the no-JavaScript listing picker found. */
  listingMatches?: { query: string; items: ListingMatch[] };
  submission?: { form: string; result: SubmissionResult<string[]> };
};

/** Which form of the page sent these fields, by its id (null for the buttons, which have none). */
export function formIdOf(fields: { intent?: unknown; answerId?: unknown }) {
  switch (fields.intent) {
    case "answer":
    case "find-listing":
    case "insert-listing":
      return "answer-form";
    case "comment":
      return commentFormId(Number(fields.answerId) || null);
    case "close":
      return "close-form";
    case "lock":
    case "unlock":
      return "lock-form";
    default:
      return null;
  }
}

export const commentFormId = (answerId: number | null) => `comment-form-${answerId ?? "question"}`;

/** One form of the page: validated with the page's schema, fed the action's reply when it is about this form. */
export function useQuestionPageForm(id: string) {
  const t = useTranslate();
  const reply = useActionData<QuestionReply>();
  const submission = reply?.submission;
  return useValidatedForm(questionIntentSchema(t), {
    id,
    lastResult: submission?.form === id ? submission.result : undefined,
  });
}

/** The fields of one intent, as the schema gives them once checked. */
export type IntentInput<I extends QuestionIntent["intent"]> = Extract<
  z.output<ReturnType<typeof questionIntentSchema>>,
  { intent: I }
>;
