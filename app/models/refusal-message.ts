import type { Translate } from "#app/i18n/i18n";
import type { PostRefusal } from "./post-outcome";

/** The French (or English) sentence explaining a refusal, where it happened. */
export function refusalMessage(t: Translate, refusal: PostRefusal) {
  if (refusal.reason === "reputation") {
    return t(`refusal.reputation.${refusal.privilege}`, {
      needed: refusal.needed,
      current: refusal.current,
    });
  }
  return t(`refusal.${refusal.reason}`);
}

/** The HTTP status that goes with a refusal. */
export function refusalStatus(refusal: PostRefusal) {
  return refusal.reason === "not-found" ? 404 : 403;
}
