import Bowser from "bowser";

/**
 * "Chrome" and "Android" from a session's User-Agent, to show a member where
 * they are signed in in words they know, rather than the raw header. Parsed
 * with bowser (kept up to date with new browsers); null parts when it cannot
 * tell. Server-only: the browser never downloads the parser.
 */
export function describeUserAgent(userAgent: string | null) {
  if (!userAgent) return { browser: null, system: null };
  const parser = Bowser.getParser(userAgent);
  return { browser: parser.getBrowserName() || null, system: parser.getOSName() || null };
}
