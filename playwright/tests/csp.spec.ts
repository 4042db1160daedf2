import type { Page } from "@playwright/test";
import { expect, test } from "#playwright/fixtures";

/**
 * The Content-Security-Policy in Chromium. Every other test already fails on
 * a violation (playwright/fixtures.ts); these provoke some on purpose, to
 * show the policy blocks what it should and that the watch sees it.
 */
test.use({ allowCspViolations: true });

/** Serves the real page, with `extra` added before </body>, under the real headers. */
async function injectIntoPage(page: Page, path: string, extra: (nonce: string) => string) {
  await page.route(path, async (route) => {
    const response = await route.fetch();
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"]!)![1]!;
    const html = (await response.text()).replace("</body>", `${extra(nonce)}</body>`);
    await route.fulfill({ response, body: html });
  });
}

/** The violations the page reported, from an init script (which the policy does not cover). */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(event.effectiveDirective);
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test("an injected inline script runs only with this response's nonce", async ({ page }) => {
  const violations = await recordViolations(page);
  await injectIntoPage(
    page,
    "/",
    (nonce) =>
      `<script>document.documentElement.dataset.withoutNonce = "ran"</script>` +
      `<script nonce="not-the-nonce">document.documentElement.dataset.wrongNonce = "ran"</script>` +
      `<img src="/favicon.svg" alt="" onload="document.documentElement.dataset.handler = 'ran'">` +
      `<script nonce="${nonce}">document.documentElement.dataset.withNonce = "ran"</script>`,
  );
  await page.goto("/");
  const html = page.locator("html");
  // The control: the same injection with the nonce runs, so the others were blocked by the policy.
  await expect(html).toHaveAttribute("data-with-nonce", "ran");
  await expect(html).not.toHaveAttribute("data-without-nonce", "ran");
  await expect(html).not.toHaveAttribute("data-wrong-nonce", "ran");
  await expect(html).not.toHaveAttribute("data-handler", "ran");
  await expect
    .poll(violations)
    .toEqual(expect.arrayContaining(["script-src-elem", "script-src-attr"]));
});

test("inline styles run only with the nonce too", async ({ page }) => {
  const violations = await recordViolations(page);
  await injectIntoPage(
    page,
    "/",
    (nonce) =>
      `<style>body { outline: 7px dashed rgb(255, 0, 0) }</style>` +
      `<p id="styled" style="outline: 7px dashed rgb(255, 0, 0)">x</p>` +
      `<style nonce="${nonce}">#allowed { outline: 3px dashed rgb(0, 0, 255) }</style>` +
      `<p id="allowed">y</p>`,
  );
  await page.goto("/");
  await expect(page.locator("#allowed")).toHaveCSS("outline-style", "dashed");
  await expect(page.locator("#styled")).toHaveCSS("outline-style", "none");
  await expect(page.locator("body")).toHaveCSS("outline-style", "none");
  await expect
    .poll(violations)
    .toEqual(expect.arrayContaining(["style-src-elem", "style-src-attr"]));
});

test("no other site can frame a page", async ({ page, baseURL }) => {
  await page.route("http://framing.example/", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<iframe src="${baseURL}/" title="Coup de main"></iframe>`,
    }),
  );
  await page.goto("http://framing.example/");
  // Chromium puts its error page in the frame (frame-ancestors, and X-Frame-Options for older browsers).
  await expect
    .poll(() => page.frames().map((frame) => frame.url()))
    .toEqual(["http://framing.example/", "chrome-error://chromewebdata/"]);
});
