/**
 * What a private message may refuse: the wrong length, to oneself, to an
 * erased account, to a member one blocked, to a member who blocked you (said
 * no more plainly than that). Browser-safe; the sentences are in
 * refusal-message.ts.
 */
export type MessageRefusal =
  | { reason: "message-length" }
  | { reason: "message-self" }
  | { reason: "message-former-member" }
  | { reason: "message-blocking" }
  | { reason: "message-blocked" };
