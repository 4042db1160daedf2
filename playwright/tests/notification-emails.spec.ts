import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { and, eq } from "drizzle-orm";
import {
  emailPreferencesFor,
  unsubscribeTokenFor,
} from "#app/models/notifications/email-settings.server";
import { notify } from "#app/models/notifications/notify.server";
import { notificationPreferences } from "#db/schema";
import { database, expect, test } from "#playwright/fixtures";
import { firstLink, waitForEmail } from "#playwright/mailbox";

const run = promisify(execFile);

function savedDelivery(userId: string, type: "answer-on-my-question" | "followed-question") {
  return database()
    .select({ delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.type, type)))
    .get()?.delivery;
}

test("a member sends answers to their questions to the daily digest, and the choice sticks", async ({
  page,
  insertMember,
  signIn,
}) => {
  const member = await insertMember({ firstName: "Inès", lastName: "Martin" });
  await signIn(page, member);
  await page.goto("/parametres");
  await page.getByRole("link", { name: "Notifications par e-mail" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications par e-mail");
  await expect(page.getByText(`Les e-mails sont envoyés à ${member.email}.`)).toBeVisible();

  const answers = page.getByRole("group", { name: "Réponse à ma question" });
  await expect(answers.getByRole("radio", { name: "Tout de suite" })).toBeChecked();
  await expect(
    page
      .getByRole("group", { name: "Nouvelle question près de chez moi" })
      .getByRole("radio", { name: "Dans le résumé quotidien" }),
  ).toBeChecked();

  await answers.getByRole("radio", { name: "Dans le résumé quotidien" }).check();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Vos choix sont enregistrés." }),
  ).toBeVisible();
  expect(savedDelivery(member.id, "answer-on-my-question")).toBe("digest");

  await page.reload();
  await expect(
    page
      .getByRole("group", { name: "Réponse à ma question" })
      .getByRole("radio", { name: "Dans le résumé quotidien" }),
  ).toBeChecked();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the preferences form saves, and a missing choice is refused with nothing changed", async ({
    page,
    insertMember,
    signIn,
  }) => {
    const member = await insertMember();
    await signIn(page, member);
    await page.goto("/parametres/notifications");
    await page
      .getByRole("group", { name: "Nouvelle question près de chez moi" })
      .getByRole("radio", { name: "Jamais" })
      .check();
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Vos choix sont enregistrés.")).toBeVisible();
    expect(savedDelivery(member.id, "followed-question")).toBe("never");

    // A hand-made POST with one choice missing.
    const response = await page.request.post("/parametres/notifications", {
      form: { "followed-question": "immediate" },
    });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain(
      "Choisissez une option pour chaque type de notification.",
    );
    expect(savedDelivery(member.id, "followed-question")).toBe("never");
  });
});

test("an answer is emailed at once; its unsubscribe link asks first, then stops that kind of email", async ({
  page,
  insertMember,
}) => {
  const asker = await insertMember({ firstName: "Hugo", lastName: "Bernard" });
  const helper = await insertMember({ firstName: "Léna", lastName: "Petit" });
  const start = new Date();
  notify(database(), {
    userId: asker.id,
    type: "answer-on-my-question",
    dedupeKey: `e2e:${asker.id}`,
    actorId: helper.id,
  });

  // The server's sender looks every few seconds.
  const email = await waitForEmail(asker.email, {
    subjectIncludes: "Léna Petit a répondu à votre question",
    after: start,
    timeoutMs: 20_000,
  });
  expect(firstLink(email, "/parametres/notifications")).toMatch(/\/parametres\/notifications$/);
  const unsubscribeLink = firstLink(email, "/desabonnement/");
  expect(unsubscribeLink).toMatch(/\?type=answer-on-my-question$/);

  await page.goto(unsubscribeLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Ne plus recevoir ces e-mails ?",
  );
  await expect(
    page.getByText("Vous ne recevrez plus d’e-mail pour : Réponse à ma question."),
  ).toBeVisible();
  // Opening the link changed nothing: mail scanners open links too.
  expect(savedDelivery(asker.id, "answer-on-my-question")).toBeUndefined();

  await page.getByRole("button", { name: "Me désabonner" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "C’est fait : vous êtes désabonné·e.",
  );
  expect(savedDelivery(asker.id, "answer-on-my-question")).toBe("never");
  expect(savedDelivery(asker.id, "followed-question")).toBeUndefined();
  await expect(
    page.getByRole("link", { name: "Choisir plus finement dans vos paramètres" }),
  ).toHaveAttribute("href", "/parametres/notifications");
});

test("`npm run digest` sends a member's new questions nearby in one digest email", async ({
  insertMember,
}) => {
  const follower = await insertMember({ firstName: "Paul", lastName: "Girard" });
  const start = new Date();
  notify(database(), {
    userId: follower.id,
    type: "followed-question",
    dedupeKey: `e2e:${follower.id}`,
  });
  const { stdout } = await run("npm", ["run", "--silent", "digest", "--", "--force"], {
    env: {
      ...process.env,
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2526}`,
      PUBLIC_URL: `http://localhost:${process.env.E2E_PORT ?? 3123}`,
    },
  });
  expect(stdout).toMatch(/Digests: \d+ sent/);
  const email = await waitForEmail(follower.email, {
    subjectIncludes: "Votre résumé",
    after: start,
  });
  expect(email.subject).toBe("Votre résumé Coup de main : 1 nouveauté près de chez vous");
  expect(email.text).toContain("Nouvelles questions près de chez vous");
  expect(firstLink(email, "/desabonnement/")).toMatch(/\?type=digest$/);
});

test.describe("one-click unsubscribe (RFC 8058), checked on the server", () => {
  test("a mail provider's POST works without cookies or Origin, and from another site", async ({
    playwright,
    insertMember,
  }) => {
    const member = await insertMember();
    const token = unsubscribeTokenFor(database(), member.id);
    // A fresh client: no cookies, no browser headers.
    const provider = await playwright.request.newContext({
      baseURL: `http://localhost:${process.env.E2E_PORT ?? 3123}`,
    });
    const oneClick = { "List-Unsubscribe": "One-Click" };

    const asked = await provider.get(`/desabonnement/${token}?type=followed-question`);
    expect(asked.status()).toBe(200);
    expect(emailPreferencesFor(database(), member.id)["followed-question"]).toBe("digest");

    const byType = await provider.post(`/desabonnement/${token}?type=followed-question`, {
      form: oneClick,
    });
    expect(byType.status()).toBe(200);
    const afterType = emailPreferencesFor(database(), member.id);
    expect(afterType["followed-question"]).toBe("never");
    expect(afterType["answer-on-my-question"]).toBe("immediate");

    const all = await provider.post(`/desabonnement/${token}?type=all`, {
      form: oneClick,
      headers: { Origin: "https://mail.provider.example" },
    });
    expect(all.status()).toBe(200);
    expect(new Set(Object.values(emailPreferencesFor(database(), member.id)))).toEqual(
      new Set(["never"]),
    );
    await provider.dispose();
  });

  test("an unknown token or type is a 404 and changes nothing", async ({
    request,
    insertMember,
  }) => {
    const member = await insertMember();
    const token = unsubscribeTokenFor(database(), member.id);
    for (const path of [
      `/desabonnement/pas-un-jeton?type=all`,
      `/desabonnement/${token}?type=tout`,
    ]) {
      expect((await request.get(path)).status()).toBe(404);
      expect(
        (await request.post(path, { form: { "List-Unsubscribe": "One-Click" } })).status(),
      ).toBe(404);
    }
    expect(emailPreferencesFor(database(), member.id)["answer-on-my-question"]).toBe("immediate");
  });

  test("other cross-site POSTs are still refused, e.g. to the email settings", async ({
    page,
    insertMember,
    signIn,
  }) => {
    const member = await insertMember();
    await signIn(page, member);
    // The browser context's own cookies: only the Origin header stops this.
    const response = await page.request.post("/parametres/notifications", {
      form: Object.fromEntries(
        Object.keys(emailPreferencesFor(database(), member.id)).map((type) => [type, "never"]),
      ),
      headers: { Origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    expect(savedDelivery(member.id, "answer-on-my-question")).toBeUndefined();
  });
});
