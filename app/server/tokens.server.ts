import { createHash, randomBytes } from "node:crypto";

/** A random, URL-safe secret (256 bits) for links sent by email. */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are stored hashed; SHA-256 is enough for 256 random bits. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A random identifier for rows whose ids appear in URLs (members): not guessable, not a count. */
export function generateId(): string {
  return randomBytes(12).toString("base64url");
}
