/**
 * What the directory may refuse (claims and managers). Browser-safe; the
 * sentences are in refusal-message.ts.
 */
export type DirectoryRefusal =
  /** Claims are for verified neighbours: someone the place's staff already know. */
  | { reason: "claim-needs-verified-neighbour" }
  /** The member already has a pending or approved claim on this listing. */
  | { reason: "claim-exists" }
  /** The claim was already reviewed (or revoked). */
  | { reason: "claim-not-pending" }
  | { reason: "claim-not-approved" }
  /** Only the ambassadors and moderators of the listing's place review its claims. */
  | { reason: "not-listing-staff" }
  /** Only the listing's managers (and its place's staff) edit it. */
  | { reason: "not-listing-manager" }
  /** Messages to a listing go to its managers: it has none yet. */
  | { reason: "listing-without-manager" }
  /** Partnerships are recorded by an ambassador of the listing's place, or an admin. */
  | { reason: "not-partnership-staff" }
  /** The ambassador named is not an ambassador of the listing's place. */
  | { reason: "partnership-ambassador" }
  /** The last day comes before the first, or the period is implausibly long. */
  | { reason: "partnership-dates" }
  /** Another partnership of the listing covers some of these days. */
  | { reason: "partnership-overlap" }
  /** Already ended early, or already over. */
  | { reason: "partnership-not-running" }
  /** The full page is for partners, while their partnership runs. */
  | { reason: "not-partner" }
  /** The gallery is full. */
  | { reason: "gallery-full" }
  /** This listing was already merged into another. */
  | { reason: "listing-already-merged" }
  /** A listing is not merged into itself. */
  | { reason: "merge-into-itself" }
  /** The listing to keep does not exist or was itself merged into another. */
  | { reason: "merge-target-unavailable" }
  /** The duplicate has a running (or coming) partnership: staff end it first. */
  | { reason: "merge-partnership-running" }
  /** The duplicate has deals on offer (or to come): withdrawn first. */
  | { reason: "merge-deals-live" };
