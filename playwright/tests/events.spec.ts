import ICAL from "ical.js";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { expect, test } from "#playwright/fixtures";

/** A Paris calendar day `days` from today, "YYYY-MM-DD" (the test only needs it a few days ahead). */
function dayFromToday(days: number) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

test("a neighbour publishes a weekly event; others register, wait, and are promoted", async ({
  page,
  browser,
  insertMember,
  verifyNeighbour,
  signIn,
}) => {
  // Lavau-sur-Loire, not Donges: other specs count Donges's content.
  const organiser = await insertMember({ placeCode: "44080", firstName: "Odile" });
  verifyNeighbour(organiser);
  await signIn(page, organiser);
  await page.goto("/evenements/nouveau");
  await expectNoAccessibilityViolations(page);
  const day = dayFromToday(2);
  const title = `Atelier vélo ${Date.now()}`;
  await page.getByLabel("Titre").fill(title);
  await page.getByLabel("Catégorie").selectOption("atelier");
  await page.getByLabel("Description").fill("On répare les vélos ensemble, outils fournis.");
  await page.getByLabel("Début").fill(`${day}T10:00`);
  await page.getByLabel("Fin", { exact: true }).fill(`${day}T12:00`);
  await page.getByLabel("Répétition").selectOption("weekly");
  await page.getByLabel("Nombre de places (vide : sans inscription)").fill("1");
  await page.getByRole("button", { name: "Publier l’évènement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("1 place restante sur 1")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const eventUrl = page.url();

  // In the agenda of Donges within 10 km, this week.
  await page.goto("/p/donges-44480/agenda?radius=10");
  await expect(page.getByRole("link", { name: title }).first()).toBeVisible();

  // The place's feed opens in a parser, at 10:00 Paris time every week.
  const feed = await page.request.get("/p/donges-44480/agenda.ics?radius=10");
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const calendar = ICAL.Component.fromString(await feed.text());
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent("vtimezone")!);
  const ours = calendar
    .getAllSubcomponents("vevent")
    .map((vevent) => new ICAL.Event(vevent))
    .filter((event) => event.summary === title);
  expect(ours.length).toBeGreaterThan(3);
  for (const event of ours) {
    expect([event.startDate.hour, event.startDate.minute]).toEqual([10, 0]);
    expect(event.startDate.zone?.tzid).toBe("Europe/Paris");
  }

  // Two neighbours register for one place: the second waits, and is promoted when the first cancels.
  const first = await insertMember({ placeCode: "44052" });
  const second = await insertMember({ placeCode: "44052" });
  const firstPage = await browser.newPage({ locale: "fr-FR" });
  const secondPage = await browser.newPage({ locale: "fr-FR" });
  await signIn(firstPage, first);
  await signIn(secondPage, second);
  await firstPage.goto(eventUrl);
  await firstPage.getByRole("button", { name: "Je viens" }).click();
  await expect(firstPage.getByText("Vous êtes inscrit·e.")).toBeVisible();
  await secondPage.goto(eventUrl);
  await secondPage.getByRole("button", { name: "M’inscrire sur la liste d’attente" }).click();
  await expect(secondPage.getByText("Vous êtes n° 1 sur la liste d’attente.")).toBeVisible();
  await firstPage.getByRole("button", { name: "Annuler mon inscription" }).click();
  await expect(firstPage.getByRole("button", { name: "Je viens" })).toHaveCount(0);
  await secondPage.reload();
  await expect(secondPage.getByText("Vous êtes inscrit·e.")).toBeVisible();
  await secondPage.goto("/notifications");
  await expect(secondPage.getByText(/Une place s’est libérée/)).toBeVisible();

  // The organiser sees who comes.
  await page.goto(eventUrl);
  await expect(page.getByRole("heading", { name: "Modifier l’évènement" })).toBeVisible();
  await expect(page.getByText(/— inscrit·e/)).toBeVisible();
  await firstPage.close();
  await secondPage.close();
});
