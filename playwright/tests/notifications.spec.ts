import type { Browser, Page } from "@playwright/test";
import { and, count, eq, isNull } from "drizzle-orm";
import { follows, notifications } from "#db/schema";
import { database, expect, test, type TestMember } from "#playwright/fixtures";

type SignIn = (page: Page, member: TestMember) => Promise<void>;

async function pageAs(browser: Browser, signIn: SignIn, member: TestMember) {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await signIn(page, member);
  return page;
}

/** A unique marker, since the phone and desktop runs share one database. */
const marker = () => Math.random().toString(36).slice(2, 8);

function unreadOf(member: TestMember) {
  return database()
    .select({ total: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, member.id), isNull(notifications.readAt)))
    .get()!.total;
}

/**
 * What the bell should be called. Other specs running at the same time may
 * ask bricolage questions in Donges too, which rightly ring a follower's
 * bell: the expected count is the member's unread count in the database.
 */
function bellName(member: TestMember) {
  const unread = unreadOf(member);
  if (unread === 0) return "Notifications";
  return unread === 1 ? "Notifications, 1 non lue" : `Notifications, ${unread} non lues`;
}

function bell(page: Page) {
  return page.getByRole("navigation", { name: "Mon compte" }).getByRole("link", {
    name: /^Notifications/,
  });
}

test("a follower hears of a bricolage question near Donges, its asker of the answer", async ({
  page,
  browser,
  insertMember,
  verifyNeighbour,
  signIn,
}) => {
  // Two people, two browsers, a dozen page loads.
  test.slow();
  const tag = marker();
  const follower = await insertMember({ firstName: "Camille", lastName: `Suiveuse${tag}` });
  const asker = await insertMember({ firstName: "Bruno", lastName: `Demandeur${tag}` });
  verifyNeighbour(asker);

  // Camille follows « bricolage within 10 km of Donges ».
  await signIn(page, follower);
  await page.goto("/parametres");
  await page.getByRole("link", { name: "Questions suivies près de chez vous" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suivre des questions");
  await expect(page.getByText("Vous ne suivez encore rien.")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Commune" })).toHaveValue("Donges");
  await page.getByLabel("Autour").selectOption({ label: "À moins de 10 km" });
  await page.getByLabel("Catégorie").selectOption({ label: "Bricolage" });
  await page.getByRole("button", { name: "Suivre", exact: true }).click();
  await expect(
    page.getByText("C’est noté : vous suivez « Bricolage à moins de 10 km de Donges ».", {
      exact: true,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Bricolage à moins de 10 km de Donges" }),
  ).toBeVisible();
  await expect(bell(page)).toHaveAccessibleName(bellName(follower));

  // Bruno, a neighbour, asks a bricolage question in Donges.
  const askerPage = await pageAs(browser, signIn, asker);
  await askerPage.goto("/demander");
  const title = `Quelqu’un a une scie sauteuse à prêter ? ${tag}`;
  await askerPage.getByLabel("Titre").fill(title);
  await askerPage.getByLabel("Détails").fill("Pour découper un plan de travail ce week-end.");
  await askerPage.getByLabel("Catégorie").selectOption("bricolage");
  await askerPage.getByRole("button", { name: "Publier" }).click();
  await expect(askerPage.getByRole("heading", { level: 1 })).toHaveText(title);
  const questionUrl = askerPage.url();

  // Camille's bell rings; the notifications page says what and where.
  await page.reload();
  expect(unreadOf(follower)).toBeGreaterThanOrEqual(1);
  await expect(bell(page)).toHaveAccessibleName(bellName(follower));
  if (unreadOf(follower) === 1) {
    await expect(bell(page)).toHaveAccessibleName("Notifications, 1 non lue");
  }
  await bell(page).click();
  await expect(page).toHaveURL(/\/notifications$/);
  const item = page.getByRole("button", {
    name: `Non lue Nouvelle question près de chez vous : « ${title} »`,
  });
  await expect(item).toBeVisible();
  await item.click();
  await expect(page).toHaveURL(questionUrl);
  await expect(bell(page)).toHaveAccessibleName(bellName(follower));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // Camille answers; Bruno hears of it, then marks everything read.
  await page
    .getByLabel("Votre réponse")
    .fill("J’en ai une, passez la prendre samedi matin, je suis au bourg.");
  await page.getByRole("button", { name: "Répondre" }).click();
  await expect(page.getByRole("article", { name: /Réponse de Camille/ })).toBeVisible();
  await askerPage.goto("/");
  await expect(bell(askerPage)).toHaveAccessibleName("Notifications, 1 non lue");
  await bell(askerPage).click();
  await expect(
    askerPage.getByRole("button", {
      name: `Non lue Camille Suiveuse${tag} a répondu à votre question « ${title} »`,
    }),
  ).toBeVisible();
  await askerPage.getByRole("button", { name: "Tout marquer comme lu" }).click();
  await expect(askerPage.getByText("Toutes vos notifications sont lues.")).toBeVisible();
  await expect(bell(askerPage)).toHaveAccessibleName("Notifications");
  await expect(
    askerPage.getByRole("button", {
      name: `Camille Suiveuse${tag} a répondu à votre question « ${title} »`,
    }),
  ).toBeVisible();
});

function readAtOf(notificationId: number) {
  return database()
    .select({ readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.id, notificationId))
    .get()!.readAt;
}

test("members can only open their own notifications and remove their own follows", async ({
  page,
  browser,
  insertMember,
  signIn,
}) => {
  const tag = marker();
  const owner = await insertMember({ firstName: "Paule", lastName: `Proprio${tag}` });
  const intruder = await insertMember({ firstName: "Ines", lastName: `Intruse${tag}` });
  const notificationId = database()
    .insert(notifications)
    .values({
      userId: owner.id,
      type: "vouch-request",
      dedupeKey: `vouch-request:${intruder.id}`,
      actorId: intruder.id,
      emailDelivery: "never",
    })
    .returning({ id: notifications.id })
    .get().id;
  const donges = database()
    .$client.prepare("SELECT id, lat, lng FROM places WHERE code = '44052'")
    .get() as { id: number; lat: number; lng: number };
  const followId = database()
    .insert(follows)
    .values({ userId: owner.id, placeId: donges.id, radiusKm: 0, lat: donges.lat, lng: donges.lng })
    .returning({ id: follows.id })
    .get().id;

  const intruderPage = await pageAs(browser, signIn, intruder);
  const open = await intruderPage.request.post(`/notifications/${notificationId}`, {
    form: {},
    maxRedirects: 0,
  });
  expect(open.status()).toBe(404);
  const remove = await intruderPage.request.post("/parametres/suivis", {
    form: { intent: "remove", followId: String(followId) },
  });
  expect(remove.status()).toBe(404);
  const markAll = await intruderPage.request.post("/notifications", {
    form: { intent: "mark-all-read" },
  });
  expect(markAll.status()).toBe(200);
  expect(readAtOf(notificationId)).toBeNull();
  expect(database().select().from(follows).where(eq(follows.id, followId)).get()).toBeTruthy();

  // Bad input changes nothing and says why, in French.
  const bad = await intruderPage.request.post("/parametres/suivis", {
    form: { placeQuery: "Donges", radiusKm: "7" },
  });
  expect(bad.status()).toBe(400);

  // Visitors are sent to sign in.
  const visitor = await browser.newContext({ locale: "fr-FR" });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto("/notifications");
  await expect(visitorPage).toHaveURL(/\/connexion\?redirectTo=%2Fnotifications/);

  // The owner opens hers: read, and on to the requester's profile.
  await signIn(page, owner);
  await page.goto("/notifications");
  await page.getByRole("button", { name: /Ines Intruse.* vous demande de confirmer/ }).click();
  await expect(page).toHaveURL(new RegExp(`/m/${intruder.id}$`));
  // This one is read now (the Donges follow may have brought others from specs running alongside).
  expect(readAtOf(notificationId)).not.toBeNull();
});

test("a new neighbour asks a verified neighbour nearby to vouch for them", async ({
  page,
  browser,
  insertMember,
  verifyNeighbour,
  signIn,
}) => {
  const tag = marker();
  const newcomer = await insertMember({ firstName: "Hugo", lastName: `Nouveau${tag}` });
  const camille = await insertMember({ firstName: "Camille", lastName: `Voisine${tag}` });
  verifyNeighbour(camille);
  database()
    .$client.prepare("UPDATE users SET badge_style = 'feminine' WHERE id = ?")
    .run(camille.id);
  const farAway = await insertMember({
    firstName: "Lou",
    lastName: `Loin${tag}`,
    placeCode: "44109",
  });
  verifyNeighbour(farAway);

  await signIn(page, newcomer);
  await page.goto(`/m/${camille.id}`);
  await page
    .getByRole("button", {
      name: "Demander à Camille de confirmer que j’habite près de chez elle",
    })
    .click();
  await expect(
    page.getByText("C’est envoyé : Camille verra votre demande dans ses notifications."),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByText("Vous avez déjà fait cette demande à Camille : inutile de la renvoyer."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /Demander à Camille/ })).toHaveCount(0);
  // Asking again directly is harmless: still one notification.
  const again = await page.request.post(`/m/${camille.id}`, { form: { intent: "request-vouch" } });
  expect(again.status()).toBe(200);
  expect(unreadOf(camille)).toBe(1);

  // Too far away (Nantes): no button, and a direct request is refused.
  await page.goto(`/m/${farAway.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: /Demander à Lou/ })).toHaveCount(0);
  const far = await page.request.post(`/m/${farAway.id}`, { form: { intent: "request-vouch" } });
  expect(far.status()).toBe(403);
  expect(unreadOf(farAway)).toBe(0);

  // Camille sees the request and lands on Hugo's profile, where she can vouch.
  const camillePage = await pageAs(browser, signIn, camille);
  await camillePage.goto("/notifications");
  await camillePage
    .getByRole("button", {
      name: `Non lue Hugo Nouveau${tag} vous demande de confirmer qu’il ou elle habite bien près de chez vous`,
    })
    .click();
  await expect(camillePage).toHaveURL(new RegExp(`/m/${newcomer.id}$`));
  await expect(
    camillePage.getByRole("button", { name: "Je connais cette personne, elle habite ici" }),
  ).toBeVisible();
});

test("without JavaScript: follow, unfollow, open a notification, mark all read", async ({
  browser,
  insertMember,
  signIn,
}) => {
  const tag = marker();
  const member = await insertMember({ firstName: "Sans", lastName: `Script${tag}` });
  const actor = await insertMember({ firstName: "Remi", lastName: `Remerciant${tag}` });
  for (const key of ["a", "b"]) {
    database()
      .insert(notifications)
      .values({
        userId: member.id,
        type: "vouch-request",
        dedupeKey: `vouch-request:${actor.id}:${key}`,
        actorId: actor.id,
        emailDelivery: "never",
      })
      .run();
  }
  const context = await browser.newContext({ locale: "fr-FR", javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, member);

  await page.goto("/parametres/suivis");
  await page.getByRole("combobox", { name: "Commune" }).fill("Montoir-de-Bretagne");
  await page.getByLabel("Autour").selectOption({ label: "À moins de 5 km" });
  await page.getByRole("button", { name: "Suivre", exact: true }).click();
  await expect(
    page.getByText("vous suivez « Tout à moins de 5 km de Montoir-de-Bretagne »"),
  ).toBeVisible();
  // A place that does not exist: an inline error, nothing added.
  await page.getByRole("combobox", { name: "Commune" }).fill("Zzzzville");
  await page.getByRole("button", { name: "Suivre", exact: true }).click();
  await expect(
    page.getByText("Nous ne trouvons pas cette commune", { exact: false }),
  ).toBeVisible();
  await page.goto("/parametres/suivis");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(1);
  await page
    .getByRole("button", { name: "Ne plus suivre : Tout à moins de 5 km de Montoir-de-Bretagne" })
    .click();
  await expect(page.getByText("Vous ne suivez encore rien.")).toBeVisible();

  await page.goto("/notifications");
  await expect(bell(page)).toHaveAccessibleName("Notifications, 2 non lues");
  await page
    .getByRole("button", { name: /^Non lue Remi/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/m/${actor.id}$`));
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 non lue");
  await page.goto("/notifications");
  await page.getByRole("button", { name: "Tout marquer comme lu" }).click();
  await expect(page.getByText("Toutes vos notifications sont lues.")).toBeVisible();
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  await context.close();
});
