/**
 * CSRF defence for every request that changes something: a browser always
 * sends Origin on a cross-site POST, so a non-GET whose Origin names another
 * site is refused. Requests without Origin (curl, server-to-server) carry no
 * ambient cookies from a victim's browser and pass; SameSite=Lax cookies are
 * the second layer.
 *
 * One exemption: the one-click unsubscribe address (RFC 8058). Mail providers
 * POST to it from their own servers or the reader's webmail, with a foreign
 * Origin; it needs no cookie (the secret token in the URL decides whose
 * emails stop) and can only turn emails off.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Remix's single fetch takes every method but GET on a `.data` address for
 * an action, and checks its Origin itself: a HEAD or OPTIONS from elsewhere
 * made it throw (a 500). Here they are writes too, refused with a 403 first.
 */
function changesNothing(method: string, path: string) {
  const upper = method.toUpperCase();
  return path.endsWith(".data") ? upper === "GET" : SAFE_METHODS.has(upper);
}

const ONE_CLICK_UNSUBSCRIBE = /^\/desabonnement\/[^/]+\/?$/;

/** The RFC 8058 one-click unsubscribe POST (see above), the one write allowed from anywhere. */
export function isOneClickUnsubscribe({ method, path }: { method: string; path: string }) {
  return method.toUpperCase() === "POST" && ONE_CLICK_UNSUBSCRIBE.test(path);
}

export function isCrossSiteWrite({
  method,
  origin,
  host,
  path,
}: {
  method: string;
  origin: string | undefined;
  host: string | undefined;
  /** The request's path, without the query string. */
  path: string;
}): boolean {
  if (changesNothing(method, path)) return false;
  if (isOneClickUnsubscribe({ method, path })) return false;
  if (!origin) return false;
  if (origin === "null") return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
