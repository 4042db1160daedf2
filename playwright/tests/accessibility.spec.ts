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

  test("for members, admins and ambassadors: profile, settings, verification, codes, admin", async ({
    page,
    insertMember,
    grantRole,
    signIn,
  }) => {
    const admin = await insertMember({ firstName: "Alice", lastName: "Accès" });
    database().$client.prepare("UPDATE users SET is_admin = 1 WHERE id = ?").run(admin.id);
    grantRole(admin, "ambassador", "44052");
    const neighbour = await insertMember({ firstName: "Bob", lastName: "Voisin" });
    await signIn(page, admin);
    for (const path of [
      `/m/${neighbour.id}`,
      `/m/${admin.id}`,
      "/parametres",
      "/verification",
      "/ambassadeur",
      "/admin",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAccessibilityViolations(page);
    }
  });
});
