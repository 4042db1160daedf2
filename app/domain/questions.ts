/**
 * The fixed vocabulary and limits of questions and answers. Client-safe: the
 * ask form, the server validation and the database types share one list.
 */

export const QUESTION_KINDS = ["question", "help", "offer"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const CATEGORIES = [
  "bricolage",
  "jardinage",
  "enfants",
  "animaux",
  "transport",
  "demarches",
  "sante",
  "emploi",
  "logement",
  "numerique",
  "pret",
  "commerces",
  "loisirs",
  "solidarite",
  "autre",
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Why a member votes a post down: they must pick one, which makes the vote a
 * considered one (the reason is not stored; docs/reputation.md).
 */
export const DOWNVOTE_REASONS = ["off-topic", "incorrect", "unkind", "unclear"] as const;
export type DownvoteReason = (typeof DOWNVOTE_REASONS)[number];

export const CLOSE_REASONS = ["duplicate", "resolved", "off-topic"] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const POST_TYPES = ["question", "answer"] as const;
export type PostType = (typeof POST_TYPES)[number];

export const TITLE_MIN = 15;
export const TITLE_MAX = 150;
export const BODY_MAX = 10_000;
export const ANSWER_MIN = 2;
export const COMMENT_MAX = 600;
export const TAGS_MAX = 5;
export const TAG_MAX_LENGTH = 30;

/** The longest search query the search page and the API take. */
export const SEARCH_QUERY_MAX_LENGTH = 200;

/** The radii a reader can pick for the questions around a place. */
export const LIST_RADII = [2, 5, 10, 25, 50] as const;
export const DEFAULT_LIST_RADIUS_KM = 10;

export const LIST_TABS = ["recent", "unanswered", "solved", "votes"] as const;
export type ListTab = (typeof LIST_TABS)[number];

/** A shared position is rounded to this grid (about 500 m north–south) before it is stored. */
export const SHARED_POSITION_GRID_DEGREES = 0.005;

/**
 * Free tags as typed ("Plombier, #CAF, aide aux devoirs") become slugs
 * ("plombier", "caf", "aide-aux-devoirs"): lowercase, no accents, unique,
 * in the order given. Over-long or extra tags are left for the validation
 * to refuse, not silently dropped.
 */
export function normalizeTags(typed: string | string[]): string[] {
  const parts = Array.isArray(typed) ? typed : typed.split(/[,;\n]/);
  const tags: string[] = [];
  for (const part of parts) {
    const tag = part
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[œ]/g, "oe")
      .replace(/[æ]/g, "ae")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** A question may be asked in the member's home place or a place this close to it. */
export const ASK_PLACE_RADIUS_KM = 15;

/**
 * The same post sent twice by the same member within this window is one post
 * (a second tap, a reloaded form): questions, answers and private messages alike.
 */
export const DOUBLE_SUBMIT_WINDOW_MS = 10 * 60 * 1000;

/** One run of words in a revision diff: kept, added or removed. */
export type DiffPart = { change: "same" | "added" | "removed"; text: string };
