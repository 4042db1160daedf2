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
