import fs from "node:fs/promises";
import { database, expect, test } from "#playwright/fixtures";
import { insertSession } from "#playwright/sessions";

/** The settings in plain words (issue 14): sessions people recognise, a data export that says what it holds. */
test("sessions read « Chrome sur Android · Donges · il y a … », the export says what it holds", async ({
  page,
  insertMember,
  signIn,
}) => {
  const member = await insertMember();
  insertSession(
    database(),
    member.id,
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
  );
  await signIn(page, member);
  await page.goto("/parametres");
  const sessions = page.getByRole("region", { name: "Vos sessions" });
  await expect(
    sessions.getByText(/^Chrome sur Android · Donges · (à l’instant|il y a)/),
  ).toBeVisible();
  // The Playwright session: no browser the parser knows.
  await expect(sessions.getByText(/^Navigateur inconnu · Donges ·/)).toBeVisible();
  await expect(sessions.getByText("Cette session")).toBeVisible();
  await expect(sessions.getByText("Mozilla/5.0")).toHaveCount(0);

  await expect(
    page.getByText("Un fichier avec tout ce que Coup de main garde sur vous"),
  ).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger mes données" }).click();
  const data = JSON.parse(await fs.readFile(await (await download).path(), "utf8"));
  expect(data.posts).toEqual({ questions: [], answers: [], comments: [] });
});
