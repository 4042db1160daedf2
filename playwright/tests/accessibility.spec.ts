import { expectNoAccessibilityViolations } from "#playwright/axe";
import { database, expect, test } from "#playwright/fixtures";

test.describe("pages meet WCAG 2.2 AA (axe)", () => {
  for (const path of [
    "/inscription",
    "/connexion",
    "/mot-de-passe-oublie",
    "/communes?q=lavau",
    "/p/44052",
  ]) {
    test(`for visitors: ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAccessibilityViolations(page);
    });
  }

  // One test per page: axe takes a few seconds a page on a busy machine.
  for (const page of [
    "someone's profile",
    "own profile",
    "/parametres",
    "/verification",
    "/ambassadeur",
    "/admin",
  ]) {
    test(`for an admin who is also an ambassador: ${page}`, async ({
      page: browserPage,
      insertMember,
      grantRole,
      signIn,
    }) => {
      const admin = await insertMember({ firstName: "Alice", lastName: "Accès" });
      database().$client.prepare("UPDATE users SET is_admin = 1 WHERE id = ?").run(admin.id);
      grantRole(admin, "ambassador", "44052");
      const neighbour = await insertMember({ firstName: "Bob", lastName: "Voisin" });
      await signIn(browserPage, admin);
      const path =
        page === "someone's profile"
          ? `/m/${neighbour.id}`
          : page === "own profile"
            ? `/m/${admin.id}`
            : page;
      await browserPage.goto(path);
      await expect(browserPage.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAccessibilityViolations(browserPage);
    });
  }
});
