/**
 * What questions and answers may refuse, besides the privileges, the
 * first-day limits and a post that is not there ("not-found") or not one's
 * to change ("not-allowed"). Browser-safe; the sentences are in
 * refusal-message.ts.
 */
export type PostRefusal =
  | { reason: "own-post" }
  | { reason: "not-asker" }
  | { reason: "question-closed" }
  | { reason: "question-open" }
  | { reason: "has-answers" }
  | { reason: "place-too-far" }
  | { reason: "bad-duplicate" }
  | { reason: "question-locked" }
  /** A neighbour's request for help is never voted down: it would read as hostile. */
  | { reason: "no-downvote-on-help" };
