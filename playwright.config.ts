import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "#playwright/chromium";

const port = Number(process.env.E2E_PORT ?? 3123);
/** The test SMTP server of playwright/global-setup.ts (same default there). */
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2526);

// One temporary database per run. The config is evaluated again in each
// worker: the path travels to them through the environment.
process.env.E2E_DATABASE_PATH ??= path.join(
  fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-e2e-")),
  "e2e.db",
);
// Where the test SMTP server writes the emails it receives (playwright/mailbox.ts reads them).
process.env.E2E_MAIL_SPOOL ??= fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-e2e-mail-"));

const launchOptions = { executablePath: chromiumPath, args: chromiumArgs };
/** Specs that need no browser (the JSON API, the front door's answers, servers of their own): run once. */
const withoutBrowser = /(api|front-door|backup|crash-safety|error-pages)\.spec\.ts/;

export default defineConfig({
  testDir: "./playwright/tests",
  globalSetup: "./playwright/global-setup.ts",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Generous: some stories take many steps, and CI has two cores for the server, the browsers and axe.
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "fr-FR",
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "api", testMatch: withoutBrowser },
    {
      name: "phone",
      testIgnore: withoutBrowser,
      use: { ...devices["Pixel 7"], launchOptions },
    },
    {
      name: "desktop",
      testIgnore: withoutBrowser,
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
  ],
  webServer: {
    // The built production server (npm test builds first), on its own database.
    command: "tsx app/main.server.ts",
    url: `http://localhost:${port}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      // Each test sends its own X-Forwarded-For (playwright/fixtures.ts), so
      // per-IP rate limits apply per test, as for distinct people.
      TRUST_PROXY: "1",
      SEED_DEMO: "0",
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      PUBLIC_URL: `http://localhost:${port}`,
      // Pages read the time from a `test-clock` cookie (ADR 024; donges-story.spec.ts).
      TEST_CLOCK: "cookie",
    },
  },
});
