import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";

/**
 * `npm run test:fuzz`: the long fuzz run (issue 13). It sends 300 generated
 * requests per route and role (visitor, member, staff where staff act) to
 * the built production server, and fails on any answer ≥ 500 with the
 * request fast-check shrank it to; `npm test` runs the same spec with 6.
 *
 *   npm run test:fuzz -- --runs 1000          more requests per route and role
 *   npm run test:fuzz -- --seed 1411344589    replay a failure's seed
 *   npm run test:fuzz -- --grep /parametres   only the routes whose title matches
 *   npm run test:fuzz -- --trace fuzz.log     log each request before it is sent
 *                                             (what was in flight if the server hangs)
 *
 * FUZZ_RUNS, FUZZ_SEED and FUZZ_TRACE in the environment do the same. Ports as for the
 * e2e tests: E2E_PORT, E2E_SMTP_PORT.
 */
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: process.env.FUZZ_RUNS ?? "300" },
    seed: { type: "string", default: process.env.FUZZ_SEED },
    grep: { type: "string" },
    trace: { type: "string", default: process.env.FUZZ_TRACE },
  },
});

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(
    `--runs takes a whole number of requests per route, at least 1 (got ${values.runs}).`,
  );
  process.exit(2);
}
if (values.seed !== undefined && !Number.isInteger(Number(values.seed))) {
  console.error(`--seed takes the integer fast-check printed (got ${values.seed}).`);
  process.exit(2);
}

console.log(
  `Fuzzing every route with ${runs} requests per role${values.seed ? `, seed ${values.seed}` : ""}…`,
);
const result = spawnSync(
  "npx",
  [
    "playwright",
    "test",
    "playwright/tests/fuzz.api.spec.ts",
    "--project=api",
    // One line per test, with the count done: the progress of a long run.
    "--reporter=line",
    ...(values.grep ? ["--grep", values.grep] : []),
  ],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      FUZZ_RUNS: String(runs),
      ...(values.seed && { FUZZ_SEED: values.seed }),
      ...(values.trace && { FUZZ_TRACE: path.resolve(values.trace) }),
    },
  },
);
process.exit(result.status ?? 1);
