/**
 * Where to send someone back to, from a value that came from the request:
 * only a path on this site ("/p/donges-44480"), never another origin
 * ("//evil.example", "https://…"), else the fallback.
 */
export function safeRedirect(
  to: FormDataEntryValue | string | null | undefined,
  fallback = "/",
): string {
  if (
    typeof to !== "string" ||
    !to.startsWith("/") ||
    to.startsWith("//") ||
    to.startsWith("/\\")
  ) {
    return fallback;
  }
  return to;
}
