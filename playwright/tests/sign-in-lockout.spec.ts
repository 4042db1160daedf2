import { sql } from "drizzle-orm";
import { rateLimits } from "#db/schema";
import { database, expect, test } from "#playwright/fixtures";

/**
 * One lockout message, with the true wait (issue 14: « dans 15 min » after
 * five failures, then « dans 2 min » four attempts later, when the IP's
 * window was about to end but the account stayed locked for 13 more).
 */
function setCounter(key: string, count: number, secondsLeft: number) {
  const resetAt = Math.floor(Date.now() / 1000) + secondsLeft;
  database()
    .insert(rateLimits)
    .values({ key, count, resetAt })
    .onConflictDoUpdate({ target: rateLimits.key, set: { count, resetAt } })
    .run();
}

test("a locked account says when it can try again, whatever the IP's window says", async ({
  page,
  insertMember,
  clientIp,
}) => {
  const member = await insertMember();
  // The account locked 1 min ago (14 min to go); this IP's window ends in 2 min.
  setCounter(`signin:account:${member.email}`, 5, 14 * 60);
  setCounter(`signin:ip:${clientIp}`, 20, 2 * 60);

  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByLabel("Mot de passe").fill(member.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Trop de tentatives. Réessayez dans 14 min.")).toBeVisible();

  // Once the IP's window is over, the account's lock still says the same time.
  database()
    .delete(rateLimits)
    .where(sql`${rateLimits.key} = ${`signin:ip:${clientIp}`}`)
    .run();
  await page.getByLabel("Mot de passe").fill(member.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Trop de tentatives. Réessayez dans 14 min.")).toBeVisible();
});
