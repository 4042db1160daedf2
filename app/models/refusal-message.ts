import { isLocale, type Translate } from "#app/i18n/i18n";
import { DEFAULT_LOCALE } from "#app/i18n/messages";
import { formatDayAndTime, formatTime, parisDay } from "#app/i18n/format";
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
