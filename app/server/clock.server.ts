import { getEnv } from "./env.server";

/** The cookie a test sets to move the server's clock (ADR 024). */
export const TEST_CLOCK_COOKIE = "test-clock";

/**
 * The time a request is answered at: now, or, only on a server started with
 * TEST_CLOCK=cookie (end-to-end tests; env.server.ts refuses it unless the
 * server's public address is a loopback one), the instant the request's
 * `test-clock` cookie names. Pages whose answer depends on the hour (open
 * now, current deals) read it here, so a test can move it per browser context.
 */
export function requestNow(request: Request): Date {
  if (getEnv().TEST_CLOCK !== "cookie") return new Date();
  const cookie = request.headers.get("Cookie") ?? "";
  const match = new RegExp(`(?:^|;\\s*)${TEST_CLOCK_COOKIE}=([^;]+)`).exec(cookie);
  if (!match) return new Date();
  const at = new Date(decodeURIComponent(match[1]!));
  return Number.isNaN(at.getTime()) ? new Date() : at;
}
