import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { eq } from "drizzle-orm";
import { questions } from "#db/schema";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { database, expect, test } from "#playwright/fixtures";
import { metadataLeft, photoWithGps } from "#test/images";

/** Where the e2e server keeps uploads: `uploads` beside its database. */
const imagesDir = () =>
  path.join(path.dirname(process.env.E2E_DATABASE_PATH!), "uploads", "images");

async function askWithPhoto(page: Page, title: string, photo: Buffer, alt: string) {
  await page.goto("/demander");
  await page.getByRole("radio", { name: /Demande d’aide/ }).check();
  await page.getByLabel("Titre").fill(title);
  await page.getByLabel("Détails").fill("Il s’appelle Tigrou, il a un collier bleu.");
  await page.getByLabel("Catégorie").selectOption("animaux");
  await page
    .getByLabel("Choisir des photos")
    .setInputFiles({ name: "tigrou.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByLabel(/Ce que montre la photo 1/).fill(alt);
}

test("a phone photo with GPS is served without any metadata, in WebP, and goes with its question", async ({
  page,
  insertMember,
  signIn,
}) => {
  const camille = await insertMember({ firstName: "Camille", lastName: "Durand" });
  await signIn(page, camille);
  const { data } = await photoWithGps();
  expect(await metadataLeft(data)).toMatchObject({ exif: true, gps: true });

  const title = `Chat tigré perdu rue de la Gare ${Date.now()}`;
  await askWithPhoto(page, title, data, "Chat tigré roux, collier bleu");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Publier" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  const photo = page.getByRole("list", { name: "Photos" }).getByRole("img");
  await expect(photo).toHaveAttribute("alt", "Chat tigré roux, collier bleu");
  await expect(photo).toHaveAttribute("loading", "lazy");
  await expect(photo).toHaveAttribute(
    "srcset",
    /-320\.webp 320w, .*-640\.webp 640w, .*-1200\.webp 1200w/,
  );
  // Upright: the 1600 × 1200 picture with orientation 6 is 1200 wide, 1600 high.
  await expect(photo).toHaveAttribute("width", "1200");
  await expect(photo).toHaveAttribute("height", "1600");
  await expectNoAccessibilityViolations(page);

  const urls = (await photo.getAttribute("srcset"))!
    .split(", ")
    .map((entry) => entry.split(" ")[0]!);
  for (const url of urls) {
    const response = await page.request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/webp");
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    const served = await response.body();
    expect(await metadataLeft(served)).toEqual({
      format: "webp",
      exif: false,
      xmp: false,
      icc: false,
      gps: false,
    });
    expect(served.includes("Exif")).toBe(false);
    expect(served.includes("TestCam")).toBe(false);
  }
  const files = urls.map((url) => path.join(imagesDir(), path.basename(url)));
  expect(files.every((file) => fs.existsSync(file))).toBe(true);

  // Camille deletes her question: the files leave the disk, the addresses answer 404.
  page.once("dialog", (dialog) => dialog.accept());
  await page
    .getByRole("region", { name: title })
    .getByRole("button", { name: "Supprimer" })
    .first()
    .click();
  await expect(page.getByText("Ce message est supprimé")).toBeVisible();
  await expect.poll(() => files.some((file) => fs.existsSync(file))).toBe(false);
  expect((await page.request.get(urls[0]!)).status()).toBe(404);
});

test("a hidden question's photos are not served to visitors", async ({
  page,
  browser,
  insertMember,
  signIn,
}) => {
  const author = await insertMember({ firstName: "Karim", lastName: "Benali" });
  await signIn(page, author);
  const title = `Vélo trouvé devant la mairie ${Date.now()}`;
  const photo = await sharp({
    create: { width: 800, height: 600, channels: 3, background: "#3a7" },
  })
    .png()
    .toBuffer();
  await askWithPhoto(page, title, photo, "Un vélo vert");
  await page.getByRole("button", { name: "Publier" }).click();
  const src = await page.getByRole("img", { name: "Un vélo vert" }).getAttribute("src");
  const visitor = await (await browser.newContext()).newPage();
  expect((await visitor.request.get(src!)).status()).toBe(200);

  const id = Number(new URL(page.url()).pathname.split("/")[2]);
  database()
    .update(questions)
    .set({ deletedAt: new Date(), moderationState: "hidden" })
    .where(eq(questions.id, id))
    .run();
  expect((await visitor.request.get(src!)).status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an answer takes a photo from a plain file input, its description required", async ({
    page,
    insertMember,
    signIn,
  }) => {
    const asker = await insertMember({ firstName: "Julie", lastName: "Lefèvre" });
    const helper = await insertMember({ firstName: "Thomas", lastName: "Garnier" });
    await signIn(page, asker);
    const title = `Qui peut réparer une chaise en paille ${Date.now()}`;
    await page.goto("/demander");
    await page.getByRole("radio", { name: /Demande d’aide/ }).check();
    await page.getByLabel("Titre").fill(title);
    await page.getByLabel("Catégorie").selectOption("bricolage");
    await page.getByRole("button", { name: "Publier" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const questionUrl = page.url();

    await page.context().clearCookies();
    await signIn(page, helper);
    await page.goto(questionUrl);
    const chair = await sharp({
      create: { width: 500, height: 400, channels: 3, background: "#a63" },
    })
      .jpeg()
      .toBuffer();
    const choose = () =>
      page
        .getByLabel("Choisir des photos")
        .setInputFiles({ name: "chaise.jpg", mimeType: "image/jpeg", buffer: chair });
    await page.getByLabel("Votre réponse").fill("Je rempaille, passez samedi.");
    await choose();
    await page.getByRole("button", { name: "Répondre" }).click();
    await expect(page.getByText("Décrivez la photo 1 en une phrase.")).toBeVisible();

    await page.getByLabel("Votre réponse").fill("Je rempaille, passez samedi.");
    await choose();
    await page.getByLabel("Ce que montre la photo 1").fill("Une chaise rempaillée");
    await page.getByRole("button", { name: "Répondre" }).click();
    await expect(page.getByRole("img", { name: "Une chaise rempaillée" })).toBeVisible();
  });
});
