/** Why an invitation action was refused (see app/models/refusals.ts). */
export type InvitationRefusal =
  | { reason: "too-many-invitations" }
  | { reason: "invitation-email-unverified" };
