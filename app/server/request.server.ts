import type { AppLoadContext } from "@remix-run/node";
import type { Translate } from "#app/i18n/i18n";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Set by the Express server (app/main.server.ts); absent under `vite dev`. */
    clientIp?: string;
  }
}

/** The client's IP address for rate limits ("unknown" when the server cannot tell). */
export function clientIp(context: AppLoadContext | undefined): string {
  return context?.clientIp || "unknown";
}

/**
 * What every rate-limited action answers: the message to show ("Réessayez
 * dans 3 min") and the 429 response init carrying Retry-After.
 */
export function rateLimitRefusal(t: Translate, retryAfterSeconds: number) {
  return {
    message: t("form.rateLimited", { minutes: Math.ceil(retryAfterSeconds / 60) }),
    init: { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
  };
}
