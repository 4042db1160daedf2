import type { Translate } from "#app/i18n/i18n";
import type { PostRefusal } from "./post-outcome";

const parisTime = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/Paris",
});

/** The French (or English) sentence explaining a refusal, where it happened. */
export function refusalMessage(t: Translate, refusal: PostRefusal) {
  if (refusal.reason === "reputation") {
    return t(`refusal.reputation.${refusal.privilege}`, {
      needed: refusal.needed,
      current: refusal.current,
    });
  }
  if (refusal.reason === "new-member-limit") {
    // "14 h 30" in French, "14:30" in English: Paris time, as neighbours read it.
    const [hour = "", minute = ""] = refusal.until
      ? parisTime.format(refusal.until).split(":")
      : [];
    return refusal.until
      ? t(`refusal.new-member-limit.${refusal.action}`, { limit: refusal.limit, hour, minute })
      : t(`refusal.new-member-limit.${refusal.action}.later`, { limit: refusal.limit });
  }
  if (refusal.reason === "new-member-links") {
    return t("refusal.new-member-links", { limit: refusal.limit });
  }
  if (refusal.reason === "rate-limited") {
    return t("form.rateLimited", { minutes: Math.ceil(refusal.retryAfterSeconds / 60) });
  }
  return t(`refusal.${refusal.reason}`);
}

/** The HTTP status that goes with a refusal. */
export function refusalStatus(refusal: PostRefusal) {
  if (refusal.reason === "rate-limited") return 429;
  return refusal.reason === "not-found" ? 404 : 403;
}
