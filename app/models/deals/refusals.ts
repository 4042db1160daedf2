/**
 * What bons plans may refuse. Browser-safe; the sentences are the catalogue's
 * `refusal.<reason>` (refusal-message.ts).
 */
export type DealRefusal =
  /** Only a listing that is a partner on that day publishes bons plans. */
  | { reason: "deal-not-partner" }
  /** The last day comes before the first, or has passed. */
  | { reason: "deal-dates" }
  /** Withdrawn, not started, expired, or its listing no longer a partner. */
  | { reason: "deal-not-current" }
  /** Every unit has been taken. */
  | { reason: "deal-sold-out" };
