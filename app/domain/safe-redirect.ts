/**
 * Where to send someone back to, from a value that came from the request
 * (`redirectTo`, `retour`): a path on this site, normalised, else the fallback.
 *
 * The value is resolved with the WHATWG URL parser, the one browsers use, so
 * what we accept is what a browser will follow. Browsers strip tabs and line
 * breaks from a URL and read `\` as `/`: "/\t/evil.example" and
 * "/\\evil.example" become "//evil.example", another site. So the value must
 * be a path ("/…"), hold no control, space or invisible character and no
 * backslash (raw, nor once percent-decoded in its path), and resolve to this
 * origin with a path that does not start with "//". The base origin is a
 * placeholder: only the path, query and fragment are returned, so no origin
 * ever reaches the Location header.
 */
const BASE = "http://coup-de-main.invalid";
const BASE_ORIGIN = new URL(BASE).origin;

/** No page address comes near this; a longer value is not a place to go back to. */
export const MAX_REDIRECT_LENGTH = 2000;

/** Controls (C0, DEL, C1), format characters (zero-width, bidi, BOM), separators and spaces. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\s]/u;
/** In a query or fragment, once decoded, a search's ordinary spaces are fine; controls are not. */
const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

export function safeRedirect(to: unknown, fallback = "/"): string {
  if (typeof to !== "string" || to.length > MAX_REDIRECT_LENGTH) return fallback;
  if (!to.startsWith("/") || to.includes("\\") || INVISIBLE.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE_ORIGIN || url.username || url.password) return fallback;
  const path = decoded(url.pathname);
  const rest = decoded((url.search + url.hash).replaceAll("+", " "));
  if (path === null || rest === null) return fallback;
  if (path.startsWith("//") || path.includes("\\") || INVISIBLE.test(path)) return fallback;
  if (CONTROL.test(rest)) return fallback;
  return url.pathname + url.search + url.hash;
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
