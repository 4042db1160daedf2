/**
 * CSRF defence for every request that changes something: a browser always
 * sends Origin on a cross-site POST, so a non-GET whose Origin names another
 * site is refused. Requests without Origin (curl, server-to-server) carry no
 * ambient cookies from a victim's browser and pass; SameSite=Lax cookies are
 * the second layer.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSiteWrite({
  method,
  origin,
  host,
}: {
  method: string;
  origin: string | undefined;
  host: string | undefined;
}): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (!origin) return false;
  if (origin === "null") return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
