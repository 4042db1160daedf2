import type { AppLoadContext } from "@remix-run/node";

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

/** A 429 with Retry-After for a form: the body is the form's reply carrying the French message. */
export function retryAfterHeaders(retryAfterSeconds: number) {
  return { "Retry-After": String(retryAfterSeconds) };
}
