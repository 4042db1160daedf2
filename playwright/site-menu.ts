import type { Page } from "@playwright/test";

/**
 * Opens the header's « Menu » when the page shows one: members always have
 * it, visitors on phones only. It is a `<details>`, whose `<summary>`
 * screen readers announce as a button but Playwright's roles do not, hence
 * the CSS locator.
 */
export async function openSiteMenu(page: Page) {
  const menu = page.locator("details.site-menu").filter({ visible: true });
  if ((await menu.count()) === 0) return;
  if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open))) {
    await menu.locator("summary").click();
  }
}
