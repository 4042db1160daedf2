import { database, expect, test, uniqueEmail } from "#playwright/fixtures";
import { firstLink, waitForEmail } from "#playwright/mailbox";
import { openSiteMenu } from "#playwright/site-menu";

const memberIdByEmail = (email: string) =>
  database().$client.prepare("SELECT id FROM users WHERE email = ?").pluck().get(email) as string;

test.describe("signing up", () => {
  test("a new neighbour signs up in Donges, confirms by email and gets a profile", async ({
    page,
  }) => {
    const email = uniqueEmail("lea");
    await page.goto("/");
    await openSiteMenu(page);
    await page.getByRole("link", { name: "S’inscrire" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rejoindre vos voisins");
    await page.getByLabel("Prénom").fill("Léa");
    await page.getByLabel("Nom", { exact: true }).fill("Martin");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill("la mer est calme ce soir");
    const place = page.getByRole("combobox", { name: "Votre commune" });
    await place.fill("donges");
    await page.getByRole("option", { name: /Donges/ }).click();
    await page.getByRole("radio", { name: "Voisine vérifiée" }).check();
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte mail");

    const message = await waitForEmail(email, { subjectIncludes: "Confirmez" });
    expect(message.text).toContain("Bonjour Léa,");
    await page.goto(firstLink(message, "/verifier-email"));
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: "Votre adresse e-mail est confirmée. Bienvenue !" }),
    ).toBeVisible();
    // The welcome path comes first (onboarding.spec.ts); the profile is there too.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre commune");
    const profileUrl = `/m/${memberIdByEmail(email)}`;
    await page.goto(profileUrl);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Léa Martin");
    await expect(page.getByText("Habite à Donges")).toBeVisible();

    // The link works once; used again, it says there is nothing left to do.
    await page.goto(firstLink(message, "/verifier-email"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce lien ne fonctionne plus");
    await expect(page.getByRole("status")).toContainText("déjà confirmée");

    // A visitor sees the first name and the initial only.
    await page.context().clearCookies();
    await page.goto(profileUrl);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Léa M.");
    await expect(page.getByText("Martin")).toHaveCount(0);
    await expect(page.getByText(email)).toHaveCount(0);
  });

  test("without JavaScript, an ambiguous town is settled from a list", async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: { "X-Forwarded-For": "10.250.0.1" },
    });
    const page = await context.newPage();
    const email = uniqueEmail("noe");
    await page.goto("/inscription");
    await page.getByLabel("Prénom").fill("Noé");
    await page.getByLabel("Nom", { exact: true }).fill("Bernard");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill("un jardin plein de tomates");
    await page.getByRole("combobox", { name: "Votre commune" }).fill("Lavau");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(
      page.getByText("Plusieurs communes correspondent : choisissez la vôtre."),
    ).toBeVisible();
    // Everything typed is kept but the password, which must be typed again.
    await expect(page.getByLabel("Prénom")).toHaveValue("Noé");
    await page.getByRole("radio", { name: /Lavau-sur-Loire/ }).check();
    await page.getByLabel("Mot de passe").fill("un jardin plein de tomates");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte mail");
    await waitForEmail(email, { subjectIncludes: "Confirmez" });
    await context.close();
  });

  test("bad input is explained field by field and creates nothing", async ({ page }) => {
    await page.goto("/inscription");
    await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
    await page.getByLabel("Mot de passe").fill("court");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByText("Saisissez une adresse e-mail valide")).toBeVisible();
    await expect(page.getByText("Au moins 10 caractères.", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Prénom")).toHaveAttribute("aria-invalid", "true");
  });

  test("signing up with an address already registered says the same as for a new one", async ({
    page,
    insertMember,
  }) => {
    const existing = await insertMember();
    await page.goto("/inscription");
    await page.getByLabel("Prénom").fill("Autre");
    await page.getByLabel("Nom", { exact: true }).fill("Personne");
    await page.getByLabel("Adresse e-mail").fill(existing.email);
    await page.getByLabel("Mot de passe").fill("encore un mot de passe");
    await page.getByRole("combobox", { name: "Votre commune" }).fill("44480");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte mail");
    await expect(page.getByRole("status")).toContainText(existing.email);
  });

  test("the honeypot makes a bot's sign-up look fine but creates nothing", async ({ request }) => {
    const email = uniqueEmail("bot");
    const response = await request.post("/inscription", {
      form: {
        firstName: "Bot",
        lastName: "Bot",
        email,
        password: "bot password 123",
        placeQuery: "Donges",
        website: "http://spam.example",
      },
    });
    expect(response.status()).toBeLessThan(400);
    await expect(waitForEmail(email, { timeoutMs: 1500 })).rejects.toThrow();
  });
});

test.describe("signing in and out", () => {
  test("a member signs in, lands on « Autour de moi » and signs out", async ({
    page,
    insertMember,
  }) => {
    const member = await insertMember({ firstName: "Sacha", lastName: "Petit" });
    await page.goto("/connexion");
    await page.getByLabel("Adresse e-mail").fill(member.email.toUpperCase());
    await page.getByLabel("Mot de passe").fill(member.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Autour de moi");
    await openSiteMenu(page);
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
  });

  test("a wrong password and an unknown address get the same message", async ({
    page,
    insertMember,
  }) => {
    const member = await insertMember();
    for (const [email, password] of [
      [member.email, "pas le bon mot de passe"],
      [uniqueEmail("inconnu"), "peu importe le mot de passe"],
    ]) {
      await page.goto("/connexion");
      await page.getByLabel("Adresse e-mail").fill(email!);
      await page.getByLabel("Mot de passe").fill(password!);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await expect(page.getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    }
  });

  test("after five failures an account is locked for a while, with Retry-After", async ({
    request,
    insertMember,
  }) => {
    const member = await insertMember();
    const attempt = (password: string) =>
      request.post("/connexion", { form: { email: member.email, password }, maxRedirects: 0 });
    for (let i = 0; i < 5; i++) expect((await attempt("mauvais mot de passe")).status()).toBe(400);
    const locked = await attempt(member.password);
    expect(locked.status()).toBe(429);
    expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(0);
    expect(await locked.text()).toContain("Trop de tentatives");
  });

  test("a page for members sends visitors to sign in, then back", async ({
    page,
    insertMember,
  }) => {
    const member = await insertMember();
    await page.goto("/verifier-email/en-attente");
    await expect(page).toHaveURL(/\/connexion\?redirectTo=%2Fverifier-email%2Fen-attente/);
    await page.getByLabel("Adresse e-mail").fill(member.email);
    await page.getByLabel("Mot de passe").fill(member.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    // Already confirmed: the pending page sends them on to their profile.
    await expect(page).toHaveURL(new RegExp(`/m/${member.id}$`));
  });
});

test.describe("resetting a password", () => {
  test("a member resets their password by email; other sessions end; the link works once", async ({
    page,
    browser,
    insertMember,
    signIn,
  }) => {
    const member = await insertMember({ firstName: "Inès" });
    // Another device, signed in before the reset.
    const otherDevice = await browser.newContext();
    const otherPage = await otherDevice.newPage();
    await signIn(otherPage, member);
    await otherPage.goto(`/m/${member.id}`);
    await openSiteMenu(otherPage);
    await expect(otherPage.getByRole("button", { name: "Se déconnecter" })).toBeVisible();

    await page.goto("/connexion");
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    // The sign-in page has an email field too: wait for the new page before typing.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mot de passe oublié");
    await page.getByLabel("Adresse e-mail").fill(member.email);
    await page.getByRole("button", { name: "Envoyer le lien" }).click();
    await expect(page.getByRole("status")).toContainText("Si un compte correspond");

    const message = await waitForEmail(member.email, { subjectIncludes: "Réinitialiser" });
    const link = firstLink(message, "/reinitialiser-mot-de-passe");
    await page.goto(link);
    await page
      .getByLabel("Nouveau mot de passe", { exact: true })
      .fill("un tout nouveau mot de passe");
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Inès /);

    await otherPage.reload();
    await expect(otherPage.getByRole("link", { name: "Se connecter" })).toBeVisible();
    await otherDevice.close();

    await page.goto(link);
    await expect(page.getByRole("alert")).toContainText("n’est plus valable");

    await openSiteMenu(page);
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    // Wait for the sign-out to land: navigating away at once could cancel its POST.
    await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
    await page.goto("/connexion");
    await page.getByLabel("Adresse e-mail").fill(member.email);
    await page.getByLabel("Mot de passe").fill("un tout nouveau mot de passe");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Autour de moi");
  });

  test("asking for an unknown address says the same and sends nothing", async ({ page }) => {
    const email = uniqueEmail("personne");
    await page.goto("/mot-de-passe-oublie");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByRole("button", { name: "Envoyer le lien" }).click();
    await expect(page.getByRole("status")).toContainText(`Si un compte correspond à ${email}`);
    await expect(waitForEmail(email, { timeoutMs: 1500 })).rejects.toThrow();
  });
});

test.describe("rate limits", () => {
  test("sign-ups are limited per IP address, with a French message and Retry-After", async ({
    request,
  }) => {
    const signUp = () =>
      request.post("/inscription", {
        form: {
          firstName: "Test",
          lastName: "Limite",
          email: uniqueEmail("limite"),
          password: "un mot de passe assez long",
          placeQuery: "44480",
        },
      });
    for (let i = 0; i < 5; i++) expect((await signUp()).status()).toBe(200);
    const refused = await signUp();
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect(await refused.text()).toContain("Trop de tentatives. Réessayez dans");
  });

  test("password-reset emails are limited per address", async ({ request, insertMember }) => {
    const member = await insertMember();
    const ask = () => request.post("/mot-de-passe-oublie", { form: { email: member.email } });
    for (let i = 0; i < 3; i++) expect((await ask()).status()).toBe(200);
    const refused = await ask();
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  });
});
