import { expect, test } from "@playwright/test";
import { runCrashRounds } from "#playwright/crash-safety";

/*
 * A few rounds here; many behind `npm run test:crash -- --rounds 100`.
 * Its server is its own, on its own port and database.
 */
test("every acknowledged post survives kill -9 of the server, and search finds it", async () => {
  test.setTimeout(240_000);
  const rounds = Number(process.env.CRASH_ROUNDS ?? 3);

  const report = await runCrashRounds({ rounds });

  expect(report.damage).toEqual([]);
  expect(report.lost).toEqual([]);
  expect(report.unfindable).toEqual([]);
  expect(report.rounds).toBe(rounds);
  // Killed while posting, not before: writes were acknowledged in every round.
  expect(report.acknowledged).toBeGreaterThanOrEqual(rounds);
});
