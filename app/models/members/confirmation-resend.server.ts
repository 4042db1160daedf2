import type { AppDatabase } from "#db/client";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { queueVerificationEmail } from "./account.server";
import { findUserByEmail } from "./users.server";

/**
 * A new confirmation link, asked for by address from the page of an expired
 * link (the reader may not be signed in there). The caller answers the same
 * whatever happens here, so nobody learns which addresses have an account:
 * no account, an account already confirmed, or one that asked too often
 * (the per-account limit the pending page uses) all send nothing, silently.
 * The email is only queued (account-emails.server.ts): the answer does not
 * wait for the mail server, whose delay would tell that the address exists.
 */
export function resendConfirmationByEmail(db: AppDatabase, email: string) {
  const user = findUserByEmail(db, email);
  if (!user?.email || user.emailVerifiedAt) return;
  const limit = hitRateLimit(
    db,
    `verify-email:user:${user.id}`,
    RATE_LIMITS.verificationEmailPerUser,
  );
  if (!limit.allowed) return;
  queueVerificationEmail(db, { userId: user.id, email: user.email });
}
