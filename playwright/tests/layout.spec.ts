import type { Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { expect, test } from "#playwright/fixtures";

/** The phone project runs at 412 px, the desktop one at 1280 px: the header differs between them. */
const isPhone = (page: Page) => (page.viewportSize()?.width ?? 0) < 768;

const siteMenu = (page: Page) => page.locator("details.site-menu").filter({ visible: true });

test.describe("the header", () => {
  test("a member's header: one compact row (and the search box on phones), the counts in sight", async ({
    page,
    insertMember,
    signIn,
  }) => {
    const member = await insertMember({ firstName: "Nadia" });
    await signIn(page, member);
    await page.goto("/p/donges-44480");
    const header = (await page.getByRole("banner").boundingBox())!;
    const search = (await page.getByRole("searchbox", { name: "Rechercher" }).boundingBox())!;
    if (isPhone(page)) {
      // Was 215 px: three rows of links, the language and the search box.
      expect(header.height).toBeLessThanOrEqual(110);
    } else {
      // One row at 1280 px, the search box inside it with air above.
      expect(header.height).toBeLessThanOrEqual(64);
      expect(search.y).toBeGreaterThanOrEqual(header.y + 6);
      await expect(page.getByRole("link", { name: "Demander", exact: true })).toBeVisible();
    }
    await expect(page.getByRole("link", { name: /^Notifications/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Messages/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Paramètres" })).toBeHidden();
  });

  test("the menu opens and closes with the keyboard, and is announced as expanded", async ({
    page,
    insertMember,
    signIn,
  }) => {
    const member = await insertMember({ firstName: "Yanis" });
    await signIn(page, member);
    await page.goto("/p/donges-44480");
    const toggle = siteMenu(page).locator("summary");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(siteMenu(page)).toHaveAttribute("open", "");
    const menu = page.getByRole("navigation", { name: "Menu du site" });
    await expect(menu.getByRole("link", { name: "Paramètres" })).toBeVisible();
    await expect(menu.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Français" })).toBeVisible();
    if (isPhone(page)) await expect(menu.getByRole("link", { name: "Demander" })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(toggle).toBeFocused();

    // Following one of its links closes it: the header stays on screen from page to page.
    await toggle.click();
    await menu.getByRole("link", { name: "Mon profil" }).click();
    await expect(page).toHaveURL(new RegExp(`/m/${member.id}$`));
    await expect(menu).toBeHidden();

    // So does a click elsewhere (at the left edge: the panel drops at the right).
    await toggle.click();
    await expect(menu).toBeVisible();
    await page.mouse.click(4, page.viewportSize()!.height - 4);
    await expect(menu).toBeHidden();
  });

  test("a visitor signs in from the header; on a phone, signing up is in the menu", async ({
    page,
  }) => {
    await page.goto("/p/donges-44480");
    await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
    if (isPhone(page)) {
      await expect(page.getByRole("link", { name: "S’inscrire" })).toBeHidden();
      await siteMenu(page).locator("summary").click();
    }
    await page.getByRole("link", { name: "S’inscrire" }).click();
    await expect(page).toHaveURL(/\/inscription$/);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the menu still opens, and signing out works from it", async ({
      page,
      insertMember,
      signIn,
    }) => {
      const member = await insertMember({ firstName: "Odile" });
      await signIn(page, member);
      await page.goto("/p/donges-44480");
      await siteMenu(page).locator("summary").click();
      await page.getByRole("button", { name: "Se déconnecter" }).click();
      await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
    });
  });
});

test.describe("the place page", () => {
  test("phones see every tab; wide screens get the list and a side column", async ({ page }) => {
    await page.goto("/p/donges-44480");
    const tabs = page.getByRole("navigation", { name: "Trier les questions" });
    const popular = tabs.getByRole("link", { name: "Populaires" });
    await expect(popular).toBeInViewport({ ratio: 1 });
    const list = (await page.getByRole("region", { name: /^Entraide à Donges/ }).boundingBox())!;
    const aside = (await page
      .getByRole("complementary", { name: "Autour de Donges" })
      .boundingBox())!;
    if (isPhone(page)) {
      expect(aside.y).toBeGreaterThan(list.y + list.height - 1);
    } else {
      expect(aside.x).toBeGreaterThan(list.x + list.width - 1);
      expect(aside.y).toBeLessThan(list.y + 1);
    }
    await expect(
      page.getByRole("region", { name: "Ils aident souvent" }).getByRole("link", {
        name: "Les entraideurs de Donges",
      }),
    ).toBeVisible();
    await popular.click();
    await expect(page).toHaveURL(/tri=votes/);
    await expectNoAccessibilityViolations(page);
  });

  test("the distance of the list applies as soon as it is chosen", async ({ page }) => {
    await page.goto("/p/donges-44480");
    await expect(page.getByRole("button", { name: "Appliquer" })).toHaveCount(0);
    await page.getByLabel("Distance").selectOption("25");
    await expect(page).toHaveURL(/rayon=25/);
    await expect(page.getByLabel("Distance")).toHaveValue("25");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the distances apply with a button", async ({ page }) => {
      await page.goto("/p/donges-44480");
      await page.getByLabel("Distance").selectOption("25");
      await page.getByRole("button", { name: "Appliquer" }).click();
      await expect(page).toHaveURL(/rayon=25/);
      await page.getByLabel("Rayon").selectOption("5");
      await page.getByRole("button", { name: "Afficher" }).click();
      await expect(page).toHaveURL(/radius=5/);
    });
  });
});
