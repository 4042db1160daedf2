import { createContext, useContext } from "react";

/**
 * This response's Content-Security-Policy nonce (made by the front door,
 * handed over by entry.server.tsx): any inline <script> or <style> a page
 * renders must carry it, or the browser refuses to run it. In the browser
 * there is none: the page was already allowed, and the browser hides
 * nonces from the DOM anyway.
 */
const NonceContext = createContext<string | undefined>(undefined);

export const NonceProvider = NonceContext.Provider;

export function useNonce() {
  return useContext(NonceContext);
}
