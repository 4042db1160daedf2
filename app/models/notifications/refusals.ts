/**
 * What following a place may refuse (follows.server.ts): more than
 * MAX_FOLLOWS, or a place that does not exist. Browser-safe; the sentences
 * are in refusal-message.ts.
 */
export type FollowRefusal = { reason: "too-many-follows" } | { reason: "unknown-place" };
