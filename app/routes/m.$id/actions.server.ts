import { parseWithZod } from "@conform-to/zod";
import { data } from "@remix-run/node";
import type { AppDatabase } from "#db/client";
import type { Translate } from "#app/i18n/i18n";
import { revokeVerification, verifyByStaff } from "#app/models/members/verification.server";
import {
  hasRequestedVouch,
  requestVouch,
  vouchFor,
  vouchRequestRefusal,
} from "#app/models/members/vouches.server";
import { rateLimitRefusal, refusalInit, refusalMessage } from "#app/models/refusal-message";
import type { Refusal } from "#app/models/refusals";
import type { SessionUser } from "#app/server/auth.server";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { memberActionSchema, type MemberReply } from "./member-actions";
import type { MemberProfile } from "./profile.server";

/** The page's notice: a status when it worked, an alert (with its HTTP status) when it did not. */
const done = (message: string): MemberReply => ({ notice: { ok: true, message } });
const refused = (message: string, init: number | ResponseInit = 403) =>
  data<MemberReply>({ notice: { ok: false, message } }, init);

/** Vouch, verify, revoke or ask for a vouch: each right is checked here, whatever the page showed. */
export function memberAction(
  db: AppDatabase,
  viewer: SessionUser,
  profile: MemberProfile,
  formData: FormData,
  t: Translate,
) {
  const submission = parseWithZod(formData, { schema: memberActionSchema(t) });
  if (submission.status !== "success" && submission.payload.intent === "revoke") {
    // The revoke form shows its errors beside the reason.
    return data<MemberReply>({ intent: "revoke", result: submission.reply() }, { status: 400 });
  }
  if (submission.status !== "success" || profile.deletedAt) {
    // A request the page never sends.
    return data<MemberReply>(
      { notice: { ok: false, message: t("form.invalid") } },
      { status: 400 },
    );
  }
  const member = { id: profile.id, homePlaceId: profile.homePlaceId };
  const input = submission.value;
  switch (input.intent) {
    case "vouch": {
      const result = vouchFor(db, viewer, member);
      if (!result.ok) {
        return refused(refusalMessage(t, result.refusal), refusalInit(result.refusal));
      }
      return done(t(result.verified ? "verification.nowVerified" : "verification.vouched"));
    }
    case "verify":
      return verifyByStaff(db, viewer, member)
        ? done(t("verification.staffDone"))
        : refused(t("verification.forbidden"));
    case "request-vouch":
      return askForVouch(db, viewer, profile, t);
    case "revoke":
      return revokeVerification(db, viewer, member, input.reason)
        ? {
            intent: input.intent,
            result: submission.reply({ resetForm: true }),
            ...done(t("verification.revoked")),
          }
        : refused(t("verification.forbidden"));
  }
}

/** « Demander une recommandation »: once per member, and a few a day at most. */
function askForVouch(db: AppDatabase, viewer: SessionUser, profile: MemberProfile, t: Translate) {
  const member = { id: profile.id, homePlaceId: profile.homePlaceId };
  const params = { name: profile.firstName };
  const refusal: Refusal | null = viewer.emailVerified
    ? vouchRequestRefusal(db, viewer, member)
    : { reason: "email-unverified" };
  if (refusal) return refused(refusalMessage(t, refusal), refusalInit(refusal));
  if (hasRequestedVouch(db, viewer.id, profile.id)) {
    return done(t("vouchRequest.alreadySent", params));
  }
  const limit = hitRateLimit(
    db,
    `vouch-request:user:${viewer.id}`,
    RATE_LIMITS.vouchRequestPerUser,
  );
  if (!limit.allowed) {
    const refusal = rateLimitRefusal(t, limit.retryAfterSeconds);
    return refused(refusal.message, refusal.init);
  }
  const outcome = requestVouch(db, viewer, member);
  const sent = outcome.ok && !outcome.alreadyRequested;
  return done(t(sent ? "vouchRequest.sent" : "vouchRequest.alreadySent", params));
}
