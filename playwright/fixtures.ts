import { randomBytes } from "node:crypto";
import { test as base, type BrowserContext, type Page } from "@playwright/test";
import { openDatabase, type AppDatabase } from "#db/client";
import { neighbourVerifications, places, roleGrants } from "#db/schema";
import { eq } from "drizzle-orm";
import { createMember } from "#app/models/members/users.server";
import { hashPassword } from "#app/server/password.server";
import { embeddedStore } from "#test/store";
import { insertSession, SESSION_COOKIE } from "#playwright/sessions";

/**
 * Fixtures for end-to-end tests: each test looks like a different person (its
 * own IP for rate limits), and can create members and sessions directly in the
 * server's database instead of clicking through sign-up every time.
 */
export type TestMember = {
  id: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
};

let db: AppDatabase | undefined;
/** The e2e server's own database (a second connection; SQLite's WAL lets both work). */
export function database() {
  db ??= openDatabase(process.env.E2E_DATABASE_PATH!);
  return db;
}

/** That database with the embedded search writer, for fixtures that post as members would. */
export function store() {
  return embeddedStore(database());
}

let ipCounter = 0;
function uniqueIp() {
  ipCounter += 1;
  return `10.${process.pid % 250}.${Math.floor(ipCounter / 250) % 250}.${ipCounter % 250}`;
}

export function uniqueEmail(prefix = "voisin") {
  return `${prefix}.${randomBytes(5).toString("hex")}@exemple.fr`.toLowerCase();
}

/**
 * Content-Security-Policy violations seen in this worker's browsers: Chromium
 * logs each one to the console ("…violates the following Content Security
 * Policy directive…"), and the page fires `securitypolicyviolation`, which an
 * init script (not subject to the page's policy) logs too.
 */
const cspViolations: string[] = [];
const watchedContexts = new WeakSet<BrowserContext>();
const VIOLATION_EVENT = "[securitypolicyviolation]";

async function watchForCspViolations(context: BrowserContext) {
  if (watchedContexts.has(context)) return;
  watchedContexts.add(context);
  context.on("console", (message) => {
    const text = message.text();
    if (text.includes("Content Security Policy") || text.startsWith(VIOLATION_EVENT)) {
      cspViolations.push(`${message.page()?.url() ?? "?"}: ${text}`);
    }
  });
  await context.addInitScript((marker) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`${marker} ${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  }, VIOLATION_EVENT);
}

const watchedForCsp = base.extend<{
  /** Set in a test that provokes violations on purpose (it checks them itself). */
  allowCspViolations: boolean;
  /** Fails the test when a page of any of its browser contexts broke the CSP. */
  noCspViolations: void;
}>({
  // Every context, the test's own and those tests open themselves, is watched.
  browser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        await watchForCspViolations(context);
        return context;
      };
      await use(browser);
    },
    { scope: "worker" },
  ],
  allowCspViolations: [false, { option: true }],
  // Automatic, and set up first, so torn down after the test's contexts have closed.
  noCspViolations: [
    async ({ allowCspViolations }, use) => {
      const before = cspViolations.length;
      await use();
      const seen = cspViolations.splice(before);
      if (seen.length > 0 && !allowCspViolations) {
        throw new Error(`Content-Security-Policy violations:\n${seen.join("\n")}`);
      }
    },
    { auto: true },
  ],
});

export const test = watchedForCsp.extend<{
  clientIp: string;
  insertMember: (
    options?: Partial<TestMember> & {
      placeCode?: string;
      verifiedEmail?: boolean;
      /** Confirmed their email just now, so the first-day limits apply (docs/moderation.md). */
      newMember?: boolean;
    },
  ) => Promise<TestMember>;
  /**
   * Signs a member in as if they had just typed their password (sudo mode
   * open); `passwordTypedAt: null` for a session that has not proved it lately.
   */
  signIn: (
    page: Page,
    member: TestMember,
    options?: { passwordTypedAt?: Date | null },
  ) => Promise<void>;
  /** Marks a member a verified neighbour of their home place (as if staff had verified them). */
  verifyNeighbour: (member: TestMember) => void;
  grantRole: (
    member: TestMember,
    role: "ambassador" | "moderator",
    placeCode: string | null,
  ) => void;
}>({
  clientIp: async ({}, use) => use(uniqueIp()),
  extraHTTPHeaders: async ({ clientIp }, use) => use({ "X-Forwarded-For": clientIp }),
  insertMember: async ({}, use) => {
    await use(async (options = {}) => {
      const password = options.password ?? "un mot de passe solide";
      const place = database()
        .select({ id: places.id })
        .from(places)
        .where(eq(places.code, options.placeCode ?? "44052"))
        .get();
      const member = {
        email: options.email ?? uniqueEmail(),
        firstName: options.firstName ?? "Camille",
        lastName: options.lastName ?? "Durand",
        password,
      };
      const id = createMember(database(), {
        ...member,
        passwordHash: await hashPassword(password),
        homePlaceId: place!.id,
        locale: "fr",
        // Confirmed a month ago unless `newMember`: past the first-day posting limits.
        emailVerifiedAt:
          options.verifiedEmail === false
            ? null
            : new Date(Date.now() - (options.newMember ? 0 : 30 * 86_400_000)),
      });
      return { id, ...member };
    });
  },
  verifyNeighbour: async ({}, use) => {
    await use((member) => {
      database()
        .insert(neighbourVerifications)
        .values({ userId: member.id, placeId: homePlaceId(member), method: "staff" })
        .run();
    });
  },
  grantRole: async ({}, use) => {
    await use((member, role, placeCode) => {
      database()
        .insert(roleGrants)
        .values({ userId: member.id, role, placeId: placeCode ? placeIdByCode(placeCode) : null })
        .run();
    });
  },
  signIn: async ({}, use) => {
    await use(async (page, member, { passwordTypedAt = new Date() } = {}) => {
      const sessionId = insertSession(database(), member.id, "Playwright", passwordTypedAt);
      const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3123}`;
      await page.context().addCookies([{ name: SESSION_COOKIE, value: sessionId, url: baseURL }]);
    });
  },
});

function homePlaceId(member: TestMember) {
  return database()
    .$client.prepare("SELECT home_place_id FROM users WHERE id = ?")
    .pluck()
    .get(member.id) as number;
}

function placeIdByCode(code: string) {
  return database().select({ id: places.id }).from(places).where(eq(places.code, code)).get()!.id;
}

export { expect } from "@playwright/test";
