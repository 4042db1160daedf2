import { expect, test } from "@playwright/test";
import { openSiteMenu } from "#playwright/site-menu";

test("French by default, English from the switcher, remembered across pages", async ({ page }) => {
  await page.goto("/p/donges-44480");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { name: "Communes voisines" })).toBeVisible();

  await openSiteMenu(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/p\/donges-44480$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Neighbouring towns" })).toBeVisible();
  await openSiteMenu(page);
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // The place page remembered Donges: the home is now what happens around it.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Around me");

  await openSiteMenu(page);
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Autour de moi");
});

test.describe("a browser that asks for English", () => {
  test.use({ locale: "en-GB" });

  test("gets English without choosing", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find help near you");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switcher still works", async ({ page }) => {
    await page.goto("/");
    await openSiteMenu(page);
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find help near you");
  });
});
