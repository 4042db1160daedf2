import type { HeadersFunction } from "@remix-run/node";

/**
 * Route `headers` export for forms with rate limits: a document request only
 * gets the headers this passes on, so a 429's Retry-After reaches the client.
 */
export const forwardRetryAfter: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};
