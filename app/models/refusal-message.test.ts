import { describe, expect, it } from "vitest";
import { translate } from "#app/i18n/i18n";
import { LOCALES } from "#app/i18n/messages";
import { rateLimitRefusal, refusalInit, refusalMessage, refusalStatus } from "./refusal-message";
import type { Refusal } from "./refusals";

const until = new Date("2026-03-04T13:30:00Z");
const translator =
  (locale: (typeof LOCALES)[number]) =>
  (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(locale, key, params);
const t = translator("fr");

/** One refusal of every reason: a reason added to the union without one here fails the typecheck. */
const EVERY_REASON: { [R in Refusal["reason"]]: Extract<Refusal, { reason: R }> } = {
  "not-found": { reason: "not-found" },
  "event-organiser-only": { reason: "event-organiser-only" },
  "event-occurrence-unknown": { reason: "event-occurrence-unknown" },
  "event-no-registration": { reason: "event-no-registration" },
  "event-closed": { reason: "event-closed" },
  "event-bad-rrule": { reason: "event-bad-rrule" },
  "not-allowed": { reason: "not-allowed" },
  "rate-limited": { reason: "rate-limited", retryAfterSeconds: 150 },
  "email-unverified": { reason: "email-unverified" },
  suspended: { reason: "suspended", until },
  "not-verified-neighbour": { reason: "not-verified-neighbour" },
  reputation: { reason: "reputation", privilege: "voteToClose", needed: 250, current: 12 },
  "new-member-limit": { reason: "new-member-limit", action: "answer", limit: 10, until },
  "new-member-links": { reason: "new-member-links", limit: 2, until },
  "cannot-vouch": { reason: "cannot-vouch", problem: "too-far" },
  "cannot-request-vouch": { reason: "cannot-request-vouch", problem: "no-place" },
  "code-invalid": { reason: "code-invalid" },
  "code-wrong-place": { reason: "code-wrong-place" },
  "own-post": { reason: "own-post" },
  "not-asker": { reason: "not-asker" },
  "question-closed": { reason: "question-closed" },
  "question-open": { reason: "question-open" },
  "has-answers": { reason: "has-answers" },
  "place-too-far": { reason: "place-too-far" },
  "bad-duplicate": { reason: "bad-duplicate" },
  "question-locked": { reason: "question-locked" },
  "no-downvote-on-help": { reason: "no-downvote-on-help" },
  "message-length": { reason: "message-length" },
  "message-self": { reason: "message-self" },
  "message-former-member": { reason: "message-former-member" },
  "message-blocking": { reason: "message-blocking" },
  "message-blocked": { reason: "message-blocked" },
  "own-content": { reason: "own-content" },
  "other-needs-details": { reason: "other-needs-details" },
  "flag-target-gone": { reason: "flag-target-gone" },
  "decision-target-gone": { reason: "decision-target-gone" },
  "decision-not-allowed": { reason: "decision-not-allowed" },
  "decision-not-applicable": { reason: "decision-not-applicable" },
  "too-many-follows": { reason: "too-many-follows" },
  "unknown-place": { reason: "unknown-place" },
  "image-type": { reason: "image-type", file: "chat.jpg" },
  "image-too-large": { reason: "image-too-large", file: "chat.jpg" },
  "image-too-many-pixels": { reason: "image-too-many-pixels", file: "chat.jpg" },
  "image-too-many": { reason: "image-too-many" },
  "image-alt-missing": { reason: "image-alt-missing", position: 2 },
  "too-many-invitations": { reason: "too-many-invitations" },
  "invitation-email-unverified": { reason: "invitation-email-unverified" },
  "wrong-password": { reason: "wrong-password" },
  "undo-link-invalid": { reason: "undo-link-invalid" },
  "undo-superseded": { reason: "undo-superseded" },
  "claim-needs-verified-neighbour": { reason: "claim-needs-verified-neighbour" },
  "claim-exists": { reason: "claim-exists" },
  "claim-not-pending": { reason: "claim-not-pending" },
  "claim-not-approved": { reason: "claim-not-approved" },
  "not-listing-staff": { reason: "not-listing-staff" },
  "not-listing-manager": { reason: "not-listing-manager" },
  "listing-without-manager": { reason: "listing-without-manager" },
  "deal-not-partner": { reason: "deal-not-partner" },
  "deal-dates": { reason: "deal-dates" },
  "deal-not-current": { reason: "deal-not-current" },
  "deal-sold-out": { reason: "deal-sold-out" },
  "not-partnership-staff": { reason: "not-partnership-staff" },
  "partnership-ambassador": { reason: "partnership-ambassador" },
  "partnership-dates": { reason: "partnership-dates" },
  "partnership-overlap": { reason: "partnership-overlap" },
  "partnership-not-running": { reason: "partnership-not-running" },
  "not-partner": { reason: "not-partner" },
  "gallery-full": { reason: "gallery-full" },
  "listing-already-merged": { reason: "listing-already-merged" },
  "merge-into-itself": { reason: "merge-into-itself" },
  "merge-target-unavailable": { reason: "merge-target-unavailable" },
  "merge-partnership-running": { reason: "merge-partnership-running" },
  "merge-deals-live": { reason: "merge-deals-live" },
  "not-news-publisher": { reason: "not-news-publisher" },
  "news-not-pending": { reason: "news-not-pending" },
};

describe("refusalMessage", () => {
  it.each(LOCALES)("gives every reason a whole sentence in %s, placeholders filled", (locale) => {
    for (const refusal of Object.values(EVERY_REASON)) {
      const message = refusalMessage(translator(locale), refusal);
      expect(message, refusal.reason).toMatch(/^\p{Lu}.*[.!]$/u);
      expect(message, refusal.reason).not.toMatch(/[{}]/);
    }
  });

  it("words each feature's refusals as its pages did", () => {
    const say = (reason: Refusal["reason"]) => refusalMessage(t, EVERY_REASON[reason]);
    expect(say("flag-target-gone")).toBe(t("flag.refusal.not-found"));
    expect(say("own-content")).toBe(t("flag.refusal.own-content"));
    expect(say("decision-target-gone")).toBe(t("moderation.refusal.not-found"));
    expect(say("decision-not-allowed")).toBe(t("moderation.refusal.not-allowed"));
    expect(say("decision-not-applicable")).toBe(t("moderation.refusal.not-applicable"));
    expect(say("cannot-vouch")).toBe(t("verification.refusal.too-far"));
    expect(say("cannot-request-vouch")).toBe(t("vouchRequest.refusal.no-place"));
    expect(say("code-invalid")).toBe("Ce code n’est pas valable ou a déjà servi.");
    expect(say("too-many-follows")).toBe(t("follows.tooMany"));
    expect(say("unknown-place")).toBe(t("field.placeNotFound"));
    expect(say("rate-limited")).toBe("Trop de tentatives. Réessayez dans 3 min.");
  });
});

describe("refusalStatus and refusalInit", () => {
  it("answers 404 for what is not there, 400 for a bad request, 413 for a file too large, 429 for a rate limit, else 403", () => {
    const statuses = Object.fromEntries(
      Object.values(EVERY_REASON).map((refusal) => [refusal.reason, refusalStatus(refusal)]),
    );
    const reasonsAnswered = (status: number) =>
      Object.keys(statuses)
        .filter((reason) => statuses[reason] === status)
        .sort();
    expect(reasonsAnswered(404)).toEqual(["decision-target-gone", "flag-target-gone", "not-found"]);
    expect(reasonsAnswered(400)).toEqual([
      "claim-exists",
      "claim-not-approved",
      "claim-not-pending",
      "code-invalid",
      "code-wrong-place",
      "deal-dates",
      "decision-not-applicable",
      "event-bad-rrule",
      "event-occurrence-unknown",
      "gallery-full",
      "image-alt-missing",
      "image-too-many",
      "image-too-many-pixels",
      "image-type",
      "listing-already-merged",
      "merge-deals-live",
      "merge-into-itself",
      "merge-partnership-running",
      "merge-target-unavailable",
      "news-not-pending",
      "partnership-ambassador",
      "partnership-dates",
      "partnership-not-running",
      "partnership-overlap",
      "too-many-follows",
      "undo-link-invalid",
      "undo-superseded",
      "unknown-place",
      "wrong-password",
    ]);
    expect(reasonsAnswered(413)).toEqual(["image-too-large"]);
    expect(reasonsAnswered(429)).toEqual(["rate-limited"]);
    expect(
      Object.values(statuses).every((status) => [400, 403, 404, 413, 429].includes(status)),
    ).toBe(true);
  });

  it("tells a rate-limited member when to try again", () => {
    expect(refusalInit(EVERY_REASON["rate-limited"])).toEqual({
      status: 429,
      headers: { "Retry-After": "150" },
    });
    expect(refusalInit(EVERY_REASON["own-post"])).toEqual({ status: 403 });
    // A rate limit a route checks itself answers the same.
    expect(rateLimitRefusal(t, 150)).toEqual({
      message: "Trop de tentatives. Réessayez dans 3 min.",
      init: { status: 429, headers: { "Retry-After": "150" } },
    });
  });
});
