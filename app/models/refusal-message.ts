import { data } from "@remix-run/node";
import type { SubmissionResult } from "@conform-to/react";
import { isLocale, type Translate } from "#app/i18n/i18n";
import { DEFAULT_LOCALE } from "#app/i18n/messages";
import { formatDayAndTime, formatTime, parisDay } from "#app/i18n/format";
import { rateLimitInit, rateLimitMessage } from "#app/server/rate-limit.server";
import { PARTNER_GALLERY_MAX } from "#app/domain/partners";
import type { Refusal } from "./refusals";

/** The French (or English) sentence explaining a refusal, where it happened. */
export function refusalMessage(t: Translate, refusal: Refusal) {
  switch (refusal.reason) {
    case "reputation":
      return t(`refusal.reputation.${refusal.privilege}`, {
        needed: refusal.needed,
        current: refusal.current,
      });
    case "suspended":
      return t("refusal.suspended", { date: formatDayAndTime(localeOf(t), refusal.until) });
    case "new-member-limit": {
      const limit = t(`refusal.new-member-limit.${refusal.action}`, { limit: refusal.limit });
      const until = t(`refusal.new-member-until.${refusal.action}`, {
        when: formatWhen(t, refusal.until),
      });
      return `${limit} ${until}`;
    }
    case "new-member-links": {
      const limit = t("refusal.new-member-links", { limit: refusal.limit });
      return `${limit} ${t("refusal.new-member-until.links", { when: formatWhen(t, refusal.until) })}`;
    }
    case "rate-limited":
      return rateLimitMessage(t, refusal.retryAfterSeconds);
    case "cannot-vouch":
      return t(`verification.refusal.${refusal.problem}`);
    case "cannot-request-vouch":
      return t(`vouchRequest.refusal.${refusal.problem}`);
    case "code-invalid":
      return t("verification.code.invalid");
    case "code-wrong-place":
      return t("verification.code.wrong-place");
    case "own-content":
    case "other-needs-details":
      return t(`flag.refusal.${refusal.reason}`);
    case "flag-target-gone":
      return t("flag.refusal.not-found");
    case "decision-target-gone":
      return t("moderation.refusal.not-found");
    case "decision-not-allowed":
      return t("moderation.refusal.not-allowed");
    case "decision-not-applicable":
      return t("moderation.refusal.not-applicable");
    case "too-many-follows":
      return t("follows.tooMany");
    case "unknown-place":
      return t("field.placeNotFound");
    case "image-type":
    case "image-too-large":
    case "image-too-many-pixels":
      return t(`refusal.${refusal.reason}`, { file: refusal.file });
    case "image-alt-missing":
      return t("refusal.image-alt-missing", { position: refusal.position });
    case "gallery-full":
      return t("refusal.gallery-full", { max: PARTNER_GALLERY_MAX });
    default:
      return t(`refusal.${refusal.reason}`);
  }
}

/** The HTTP status that goes with a refusal: 403 unless the request itself is at fault. */
export function refusalStatus(refusal: Refusal) {
  switch (refusal.reason) {
    case "not-found":
    case "flag-target-gone":
    case "decision-target-gone":
      return 404;
    case "rate-limited":
      return 429;
    case "decision-not-applicable":
    case "claim-exists":
    case "claim-not-pending":
    case "claim-not-approved":
    case "listing-already-merged":
    case "merge-into-itself":
    case "merge-target-unavailable":
    case "merge-partnership-running":
    case "merge-deals-live":
    case "partnership-dates":
    case "partnership-overlap":
    case "partnership-not-running":
    case "partnership-ambassador":
    case "gallery-full":
    case "wrong-password":
    case "undo-link-invalid":
    case "undo-superseded":
    case "code-invalid":
    case "code-wrong-place":
    case "too-many-follows":
    case "unknown-place":
    case "image-type":
    case "image-too-many":
    case "image-alt-missing":
    case "image-too-many-pixels":
    case "deal-dates":
    case "event-occurrence-unknown":
    case "event-bad-rrule":
    case "news-not-pending":
      return 400;
    case "image-too-large":
      return 413;
    default:
      return 403;
  }
}

/** The response init for a refusal: its status, and when to try again after a rate limit. */
export function refusalInit(refusal: Refusal): ResponseInit {
  return refusal.reason === "rate-limited"
    ? rateLimitInit(refusal.retryAfterSeconds)
    : { status: refusalStatus(refusal) };
}

/**
 * What a rate limit a route checks itself answers ("Réessayez dans 3 min"
 * and a 429 with Retry-After): the same as any refusal.
 */
export function rateLimitRefusal(t: Translate, retryAfterSeconds: number) {
  const refusal = { reason: "rate-limited", retryAfterSeconds } as const;
  return { message: refusalMessage(t, refusal), init: refusalInit(refusal) };
}

/** A refused form: the refusal's sentence above the form (Conform's form error), with its status. */
export function refusedSubmission(
  t: Translate,
  submission: { reply(options: { formErrors: string[] }): SubmissionResult<string[]> },
  refusal: Refusal,
) {
  return data(
    { result: submission.reply({ formErrors: [refusalMessage(t, refusal)] }) },
    refusalInit(refusal),
  );
}

/** A refusal shown as the page itself (thrown for the route's ErrorBoundary). */
export function refusalPage(t: Translate, refusal: Refusal) {
  return data({ message: refusalMessage(t, refusal) }, refusalInit(refusal));
}

/** The language `t` speaks: its catalogue says which it is. */
function localeOf(t: Translate) {
  const code = t("language.code");
  return isLocale(code) ? code : DEFAULT_LOCALE;
}

/** "14 h 30" today, "demain à 14 h 30" tomorrow (the first day ends within 24 hours). Paris time. */
function formatWhen(t: Translate, at: Date, now = new Date()) {
  const time = formatTime(localeOf(t), at);
  return parisDay(at) === parisDay(now) ? time : t("moderation.tomorrowAt", { time });
}
