import type { AppLoadContext } from "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Set by the front door (front-door.server.ts); absent under `vite dev`. */
    clientIp?: string;
    /** This response's Content-Security-Policy nonce, for inline scripts and styles. */
    cspNonce?: string;
  }
}

/** The client's IP address for rate limits ("unknown" when the server cannot tell). */
export function clientIp(context: AppLoadContext | undefined): string {
  return context?.clientIp || "unknown";
}
