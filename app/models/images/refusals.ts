/*
 * What the images feature may refuse. Browser-safe types only; the
 * sentences are in refusal-message.ts.
 */

/** Why an uploaded file was not taken; `file` is its name as sent, to say which one. */
export type ImageRefusal =
  | { reason: "image-type"; file: string }
  | { reason: "image-too-large"; file: string }
  | { reason: "image-too-many-pixels"; file: string }
  | { reason: "image-too-many" }
  | { reason: "image-alt-missing"; position: number };
