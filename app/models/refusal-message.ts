import type { Translate } from "#app/i18n/i18n";
import { parisDay } from "#app/i18n/dates";
import type { PostRefusal } from "./refusals";

/** The French (or English) sentence explaining a refusal, where it happened. */
export function refusalMessage(t: Translate, refusal: PostRefusal) {
  switch (refusal.reason) {
    case "reputation":
      return t(`refusal.reputation.${refusal.privilege}`, {
        needed: refusal.needed,
        current: refusal.current,
      });
    case "suspended":
      return t("refusal.suspended", { date: formatDate(t, refusal.until) });
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
      return t("form.rateLimited", { minutes: Math.ceil(refusal.retryAfterSeconds / 60) });
    default:
      return t(`refusal.${refusal.reason}`);
  }
}

/** The HTTP status that goes with a refusal. */
export function refusalStatus(refusal: PostRefusal) {
  if (refusal.reason === "rate-limited") return 429;
  return refusal.reason === "not-found" ? 404 : 403;
}

const intlLocale = (t: Translate) => t("moderation.intlLocale");

/** "4 mars 2026 à 14 h 30", in Paris time. */
export function formatDate(t: Translate, at: Date) {
  const day = new Intl.DateTimeFormat(intlLocale(t), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Paris",
  }).format(at);
  return t("moderation.dayAtTime", { day, time: formatTime(t, at) });
}

/** "14 h 30" (French typography) or "14:30", in Paris time. */
function formatTime(t: Translate, at: Date) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Europe/Paris",
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return t("moderation.time", { hours: String(Number(part("hour"))), minutes: part("minute") });
}

/** "14 h 30" today, "demain, 14 h 30" tomorrow (the first day ends within 24 hours). */
function formatWhen(t: Translate, at: Date, now = new Date()) {
  const time = formatTime(t, at);
  return parisDay(at) === parisDay(now) ? time : t("moderation.tomorrowAt", { time });
}
