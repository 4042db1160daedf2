/**
 * Playwright cannot download its own browsers here: the tests drive Debian's
 * Chromium (apt-get install chromium). CHROMIUM_PATH overrides the location.
 */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
