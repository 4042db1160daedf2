/**
 * What local news may refuse. Browser-safe; the sentences are in
 * refusal-message.ts.
 */
export type NewsRefusal =
  /** Only a listing's managers, or the staff of the commune, publish news for it. */
  | { reason: "not-news-publisher" }
  /** Only the ambassadors and moderators of the post's place approve it. */
  | { reason: "news-not-pending" };
