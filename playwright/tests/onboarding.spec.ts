import type { Browser } from "@playwright/test";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { expect, test, uniqueEmail } from "#playwright/fixtures";
import { firstLink, waitForEmail } from "#playwright/mailbox";

/*
 * Issue 14, item 3, in the parts of the story that are this area's:
 * sign up in Montoir-de-Bretagne → confirm → the welcome path → an invite
 * link; a neighbour signs up through an invite → confirms → the inviter
 * hears of it and vouches in one tap.
 */

async function visitorPage(browser: Browser) {
  const context = await browser.newContext({
    locale: "fr-FR",
    extraHTTPHeaders: {
      "X-Forwarded-For": `10.251.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    },
  });
  return context.newPage();
}

test("a new member of Montoir-de-Bretagne confirms, walks the welcome path and gets an invite link", async ({
  page,
  insertMember,
  grantRole,
}) => {
  test.slow();
  const ambassador = await insertMember({
    firstName: "Anne",
    lastName: "Ambassadrice",
    placeCode: "44103",
  });
  grantRole(ambassador, "ambassador", "44103");

  const email = uniqueEmail("maelle");
  await page.goto("/inscription");
  await page.getByLabel("Prénom").fill("Maëlle");
  await page.getByLabel("Nom", { exact: true }).fill("Le Goff");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("les grues du port au loin");
  await page.getByRole("combobox", { name: "Votre commune" }).fill("Montoir-de-Bretagne");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte mail");
  await page.goto(firstLink(await waitForEmail(email), "/verifier-email"));

  // Step 1: home and radius, Montoir already filled in.
  await expect(
    page.getByRole("status").filter({ hasText: "Votre adresse e-mail est confirmée. Bienvenue !" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre commune");
  await expect(page.getByText("Étape 1 sur 4")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Votre commune" })).toHaveValue(
    "Montoir-de-Bretagne",
  );
  await page.getByLabel("Autour de chez moi").selectOption({ label: "À moins de 5 km" });
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  // Step 2: what one can help with, ticked from the skills list.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Ce que vous pouvez faire pour vos voisins",
  );
  const skills = page.getByRole("group", { name: /Je peux aider pour/ });
  await skills.getByRole("checkbox", { name: "Jardinage" }).check();
  await skills.getByRole("checkbox", { name: "Vélo" }).check();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  // Step 3: who can verify her near home, and what it unlocks.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Faire vérifier votre voisinage",
  );
  await expect(page.getByText("voter « Utile » pour les réponses qui aident")).toBeVisible();
  await expect(page.getByRole("link", { name: "Anne Ambassadrice" }).first()).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Écrire à Anne Ambassadrice" }).first(),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Continuer" }).click();

  // Step 4: a personal invite link.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invitez un voisin");
  await page.getByRole("button", { name: "Créer mon lien d’invitation" }).click();
  const link = page.getByLabel("Votre lien d’invitation personnel");
  await expect(link).toHaveValue(/\/inscription\?invitation=[\w-]{32}$/);
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Terminer et voir ce qui se passe autour de moi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Autour de moi");
  await expect(page.getByText("Montoir-de-Bretagne et à moins de 5 km")).toBeVisible();

  // She follows her home and radius, delivered in the digest.
  await page.goto("/parametres/suivis");
  await expect(
    page.getByRole("listitem").filter({ hasText: "Tout à moins de 5 km de Montoir-de-Bretagne" }),
  ).toBeVisible();

  // Her skills are on her profile.
  await page.goto("/parametres/profil");
  const saved = page.getByRole("group", { name: /Cochez jusqu’à 10 savoir-faire/ });
  await expect(saved.getByRole("checkbox", { name: "Jardinage" })).toBeChecked();
  await expect(saved.getByRole("checkbox", { name: "Vélo" })).toBeChecked();
  await expect(saved.getByRole("checkbox", { name: "Cuisine" })).not.toBeChecked();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the skills step saves what a newcomer ticks, within the limit, and neighbours find them", async ({
    page,
    insertMember,
    signIn,
  }) => {
    const tag = Math.random().toString(36).slice(2, 7);
    const newcomer = await insertMember({
      firstName: "Gaëlle",
      lastName: `Rivière${tag}`,
      placeCode: "44103",
    });
    await signIn(page, newcomer);
    await page.goto("/bienvenue?etape=aide");
    await expect(page.getByText("Étape 2 sur 4")).toBeVisible();
    const skills = page.getByRole("group", { name: /Je peux aider pour/ });
    const boxes = skills.getByRole("checkbox");
    // Eleven ticked: refused beside the list, nothing saved, the ticks kept.
    for (let i = 0; i < 11; i++) await boxes.nth(i).check();
    await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
    await expect(skills.getByText("Pas plus de 10 savoir-faire.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Ce que vous pouvez faire pour vos voisins",
    );
    await expect(boxes.nth(10)).toBeChecked();
    for (let i = 0; i < 11; i++) await boxes.nth(i).uncheck();
    await skills.getByRole("checkbox", { name: "Couture" }).check();
    await skills.getByRole("checkbox", { name: "Aide aux devoirs" }).check();
    await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Faire vérifier votre voisinage",
    );

    // Back on the step, her skills are ticked; a neighbour finds her by one.
    await page.goto("/bienvenue?etape=aide");
    await expect(skills.getByRole("checkbox", { name: "Couture" })).toBeChecked();
    await expect(skills.getByRole("checkbox", { name: "Aide aux devoirs" })).toBeChecked();
    await expect(skills.getByRole("checkbox", { name: "Jardinage" })).not.toBeChecked();
    await page.goto("/qui-peut-aider?competence=aide-devoirs&lieu=Montoir-de-Bretagne&rayon=2");
    await expect(page.getByRole("link", { name: `Gaëlle Rivière${tag}` })).toBeVisible();
  });
});

test("a neighbour signs up through an invite; the inviter hears of it and vouches in one tap", async ({
  page,
  browser,
  insertMember,
  verifyNeighbour,
  signIn,
}) => {
  test.slow();
  const tag = Math.random().toString(36).slice(2, 7);
  const julie = await insertMember({
    firstName: "Julie",
    lastName: `Lefèvre${tag}`,
    placeCode: "44103",
  });
  verifyNeighbour(julie);
  await signIn(page, julie);
  await page.goto("/invitations");
  await page.getByRole("button", { name: "Créer mon lien d’invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Votre lien est prêt" })).toBeVisible();
  const url = await page.getByLabel("Votre lien d’invitation personnel").inputValue();

  // The neighbour opens the link: Julie is « Julie L. », Montoir is filled in.
  const neighbour = await visitorPage(browser);
  await neighbour.goto(new URL(url).pathname + new URL(url).search);
  await expect(neighbour.getByText(`Julie L. vous invite à rejoindre Coup de main`)).toBeVisible();
  await expect(neighbour.getByRole("combobox", { name: "Votre commune" })).toHaveValue(
    "Montoir-de-Bretagne",
  );
  const email = uniqueEmail("noe");
  await neighbour.getByLabel("Prénom").fill("Noé");
  await neighbour.getByLabel("Nom", { exact: true }).fill(`Martin${tag}`);
  await neighbour.getByLabel("Adresse e-mail").fill(email);
  await neighbour.getByLabel("Mot de passe").fill("un voisin de la rue des Ajoncs");
  await neighbour.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(neighbour.getByRole("heading", { level: 1 })).toHaveText(
    "Vérifiez votre boîte mail",
  );
  await neighbour.goto(firstLink(await waitForEmail(email), "/verifier-email"));
  await expect(neighbour.getByRole("heading", { level: 1 })).toHaveText("Votre commune");
  await neighbour.context().close();

  // Julie hears of it, and vouches in one tap.
  await page.goto("/notifications");
  await page
    .getByRole("button", {
      name: new RegExp(`Noé Martin${tag} a rejoint Coup de main grâce à votre invitation`),
    })
    .click();
  await expect(page).toHaveURL(/\/invitations$/);
  await page.getByRole("button", { name: `Je me porte garant·e pour Noé Martin${tag}` }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Merci ! Votre recommandation est enregistrée." }),
  ).toBeVisible();
  await expect(page.getByText("Vous avez déjà recommandé cette personne.")).toBeVisible();
  // The link served once: it is no longer offered.
  await expect(page.getByLabel("Votre lien d’invitation personnel")).toHaveCount(0);
});
