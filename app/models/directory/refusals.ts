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
  | { reason: "listing-without-manager" };
