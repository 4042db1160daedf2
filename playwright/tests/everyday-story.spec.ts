import type { Browser } from "@playwright/test";
import { eq } from "drizzle-orm";
import { emailTokens, users } from "#db/schema";
import { database, expect, test, uniqueEmail } from "#playwright/fixtures";
import { firstLink, waitForEmail } from "#playwright/mailbox";

/*
 * Issue 14's story, in one go: a newcomer of Montoir-de-Bretagne whose first
 * link expired gets a new one where she was stopped, walks the welcome path,
 * says what she can do, is verified, invites a neighbour and vouches for him
 * in one tap; a member of Donges finds her through « Qui peut m'aider ? ».
 * Each area also has its own spec (confirmation, onboarding, who-can-help).
 */

/** A separate person: their own browser context and address. */
async function personPage(browser: Browser) {
  const context = await browser.newContext({
    locale: "fr-FR",
    extraHTTPHeaders: {
      "X-Forwarded-For": `10.252.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    },
  });
  return context.newPage();
}

/** Letters only: names refuse digits. */
function letters(length: number) {
  return Array.from({ length }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join("");
}

function memberIdOf(email: string) {
  return database().select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
}

test("a newcomer of Montoir confirms late, is verified, invites a neighbour and is found for her skills", async ({
  page,
  browser,
  insertMember,
  grantRole,
  verifyNeighbour,
  signIn,
}) => {
  test.slow();
  const tag = letters(6);
  const ambassador = await insertMember({
    firstName: "Anne",
    lastName: `Ambassadrice${tag}`,
    placeCode: "44103",
  });
  grantRole(ambassador, "ambassador", "44103");

  // Maëlle signs up in Montoir-de-Bretagne…
  const email = uniqueEmail("maelle");
  const maelleName = `Maëlle Legoff${tag}`;
  await page.goto("/inscription");
  await page.getByLabel("Prénom").fill("Maëlle");
  await page.getByLabel("Nom", { exact: true }).fill(`Legoff${tag}`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("les grues du port au loin");
  await page.getByRole("combobox", { name: "Votre commune" }).fill("Montoir-de-Bretagne");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte mail");
  const firstMail = await waitForEmail(email, { subjectIncludes: "Confirmez" });

  // …and opens the link after its 24 hours: the page that stops her offers a new one.
  const maelleId = memberIdOf(email);
  database()
    .update(emailTokens)
    .set({ expiresAt: new Date(Date.now() - 60_000) })
    .where(eq(emailTokens.userId, maelleId))
    .run();
  await page.goto(firstLink(firstMail, "/verifier-email"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce lien ne fonctionne plus");
  // Not signed in yet: the page asks for her address, and answers the same for any.
  const asked = new Date();
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir un nouveau lien" }).click();
  await expect(page.getByRole("status")).toContainText(
    `Si un compte attend une confirmation à l’adresse ${email}`,
  );
  const secondMail = await waitForEmail(email, { subjectIncludes: "Confirmez", after: asked });
  await page.goto(firstLink(secondMail, "/verifier-email"));
  await expect(
    page.getByRole("status").filter({ hasText: "Votre adresse e-mail est confirmée. Bienvenue !" }),
  ).toBeVisible();

  // The welcome path: her commune and radius, then what she can do.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre commune");
  await expect(page.getByRole("combobox", { name: "Votre commune" })).toHaveValue(
    "Montoir-de-Bretagne",
  );
  await page.getByLabel("Autour de chez moi").selectOption({ label: "À moins de 5 km" });
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
  const skills = page.getByRole("group", { name: /Je peux aider pour/ });
  await skills.getByRole("checkbox", { name: "Jardinage" }).check();
  await skills.getByRole("checkbox", { name: "Vélo" }).check();
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  // Who can verify her: the ambassador of Montoir, who does.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Faire vérifier votre voisinage",
  );
  await expect(page.getByRole("link", { name: `Anne Ambassadrice${tag}` }).first()).toBeVisible();
  const ambassadorPage = await personPage(browser);
  await signIn(ambassadorPage, ambassador);
  await ambassadorPage.goto(`/m/${maelleId}`);
  await ambassadorPage.getByRole("button", { name: /Vérifier ce voisinage/ }).click();
  await expect(ambassadorPage.getByRole("status")).toHaveText("Voisinage vérifié.");
  await ambassadorPage.context().close();

  // Her personal invite link.
  await page.getByRole("link", { name: "Continuer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invitez un voisin");
  await page.getByRole("button", { name: "Créer mon lien d’invitation" }).click();
  const invite = new URL(await page.getByLabel("Votre lien d’invitation personnel").inputValue());

  // Noé signs up through it and confirms.
  const neighbour = await personPage(browser);
  await neighbour.goto(invite.pathname + invite.search);
  await expect(neighbour.getByText("Maëlle L. vous invite à rejoindre Coup de main")).toBeVisible();
  const noeEmail = uniqueEmail("noe");
  const noeName = `Noé Martin${tag}`;
  await neighbour.getByLabel("Prénom").fill("Noé");
  await neighbour.getByLabel("Nom", { exact: true }).fill(`Martin${tag}`);
  await neighbour.getByLabel("Adresse e-mail").fill(noeEmail);
  await neighbour.getByLabel("Mot de passe").fill("un voisin de la rue des Ajoncs");
  await neighbour.getByRole("button", { name: "Créer mon compte" }).click();
  await neighbour.goto(firstLink(await waitForEmail(noeEmail), "/verifier-email"));
  await expect(neighbour.getByRole("heading", { level: 1 })).toHaveText("Votre commune");
  const noeId = memberIdOf(noeEmail);

  // A verified neighbour who knows him vouches from his profile…
  const witness = await insertMember({
    firstName: "Karim",
    lastName: `Benali${tag}`,
    placeCode: "44103",
  });
  verifyNeighbour(witness);
  const witnessPage = await personPage(browser);
  await signIn(witnessPage, witness);
  await witnessPage.goto(`/m/${noeId}`);
  await witnessPage
    .getByRole("button", { name: "Je connais cette personne, elle habite ici" })
    .click();
  await expect(witnessPage.getByRole("status")).toHaveText(
    "Merci ! Votre recommandation est enregistrée.",
  );
  await witnessPage.context().close();

  // …and Maëlle, told he joined, vouches in one tap: he is verified.
  await page.goto("/notifications");
  await page
    .getByRole("button", {
      name: new RegExp(`${noeName} a rejoint Coup de main grâce à votre invitation`),
    })
    .click();
  await expect(page).toHaveURL(/\/invitations$/);
  await page.getByRole("button", { name: `Je me porte garant·e pour ${noeName}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Merci !" })).toBeVisible();
  await neighbour.goto(`/m/${noeId}`);
  await expect(neighbour.getByText(/vérifié.* · Montoir-de-Bretagne/)).toBeVisible();
  await neighbour.context().close();

  // A member of Donges looks for gardening help around Montoir and finds her.
  const seeker = await insertMember({ firstName: "Lucie", lastName: `Potager${tag}` });
  const seekerPage = await personPage(browser);
  await signIn(seekerPage, seeker);
  await seekerPage.goto("/qui-peut-aider");
  await seekerPage.getByLabel("Pour quoi ?").fill("jardinage");
  await seekerPage.getByLabel("Près de quelle commune ?").fill("Montoir-de-Bretagne");
  await seekerPage.getByLabel("Dans un rayon de").selectOption("10");
  await seekerPage.getByRole("button", { name: "Chercher" }).click();
  const card = seekerPage.getByRole("listitem").filter({ hasText: maelleName });
  await expect(card).toContainText("à Montoir-de-Bretagne");
  await expect(card.getByRole("link", { name: `Écrire à ${maelleName}` })).toBeVisible();
  await seekerPage.context().close();
});
