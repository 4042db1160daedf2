import { parseArgs } from "node:util";
import { createProgress } from "#db/progress";
import { runCrashRounds } from "#playwright/crash-safety";

/**
 * `npm run test:crash -- --rounds 100 [--posters 4]`: the crash-safety test
 * (playwright/crash-safety.ts) for as many rounds as asked, against the
 * production build (`npm run build` first). Exits 1 on any loss or damage.
 */
const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "20" },
    posters: { type: "string", default: "4" },
  },
});
const rounds = Number(values.rounds);
const posters = Number(values.posters);
if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(posters) || posters < 1) {
  console.error("Usage: npm run test:crash -- [--rounds 100] [--posters 4]");
  process.exit(1);
}

// Ctrl-C: exit through process.exit, which kills the server under test (server-process.ts).
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));

console.log(`${rounds} rounds of kill -9 while ${posters} members post (first: importing places)`);
const progress = createProgress();
const report = await runCrashRounds({
  rounds,
  posters,
  onRound(round, { acknowledged }) {
    if (round === 1) progress.step("Crash rounds", rounds);
    progress.update(round);
    if (!process.stderr.isTTY) console.log(`  round ${round}: ${acknowledged} acknowledged so far`);
  },
});
progress.stop();

const failures = [...report.damage, ...report.lost.map((post) => `lost: ${post}`)].concat(
  report.unfindable.map((post) => `not found by search: ${post}`),
);
console.log(
  `${report.rounds} rounds in ${(report.ms / 1000).toFixed(0)} s: ${report.sent} posts sent, ` +
    `${report.acknowledged} acknowledged, ${report.lost.length} lost, ` +
    `${report.unfindable.length} not found by search, ${report.damage.length} problems found by the checks.`,
);
for (const failure of failures.slice(0, 50)) console.error(`  ${failure}`);
process.exit(failures.length || report.rounds < rounds ? 1 : 0);
