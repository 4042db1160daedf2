import { randomBytes } from "node:crypto";
import { CSP_REPORT_PATH } from "./request-checks.server";

/**
 * The headers every response carries, pages and static files alike
 * (ADR 011 says why each is there).
 */
export type SecurityHeaderOptions = {
  /** This request's nonce: the only inline scripts and styles that run carry it. */
  nonce: string;
  /** NODE_ENV=production: HSTS, which a browser honours only over HTTPS anyway. */
  production: boolean;
  /** `npm run dev`: Vite's hot reload talks over a WebSocket on its own port. */
  dev: boolean;
  /** The request's path: the public JSON API may be read from other sites. */
  path: string;
};

/** 128 random bits, fresh for every request (CSP 3 asks for at least 128). */
export function createNonce() {
  return randomBytes(16).toString("base64");
}

const REPORT_GROUP = "csp";

export function contentSecurityPolicy({
  nonce,
  dev,
}: Pick<SecurityHeaderOptions, "nonce" | "dev">) {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Our scripts are files from this origin (nothing users send is ever
    // served as a script: uploads come with their type and nosniff), and
    // Remix's inline hydration data, which carries the nonce.
    "script-src": ["'self'", `'nonce-${nonce}'`],
    // Styles are files too (the app links its stylesheet; in dev, Vite's
    // hot reload swaps that link). An inline <style> needs the nonce.
    "style-src": ["'self'", `'nonce-${nonce}'`],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    // Vite's hot reload (npm run dev only) opens a WebSocket on its own port.
    "connect-src": dev ? ["'self'", "ws:", "wss:"] : ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "report-uri": [CSP_REPORT_PATH],
    "report-to": [REPORT_GROUP],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "Reporting-Endpoints": `${REPORT_GROUP}="${CSP_REPORT_PATH}"`,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // frame-ancestors for browsers that predate it.
    "X-Frame-Options": "DENY",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(self), payment=(), usb=(), serial=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Other sites may read the public API (it sends CORS headers), nothing else.
    "Cross-Origin-Resource-Policy": options.path.startsWith("/api/")
      ? "cross-origin"
      : "same-origin",
  };
  if (options.production) {
    headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  }
  return headers;
}
