/**
 * What the agenda may refuse. Browser-safe; the sentences are in
 * refusal-message.ts (`refusal.<reason>`).
 */
export type EventRefusal =
  /** Events are published by a listing's managers, or by verified neighbours. */
  | { reason: "event-organiser-only" }
  /** The occurrence named is not one of the event's (or was taken out). */
  | { reason: "event-occurrence-unknown" }
  /** The organiser takes no registrations for this event. */
  | { reason: "event-no-registration" }
  /** A cancelled or past occurrence takes no registrations. */
  | { reason: "event-closed" }
  /** The recurrence rule could not be read. */
  | { reason: "event-bad-rrule" };
