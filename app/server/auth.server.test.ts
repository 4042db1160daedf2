import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDatabase } from "#db/client";
import { sessions } from "#db/schema";
import { copyPlacesDatabase } from "#test/databases";
import { memberFactory, placeByCode } from "#test/members";
import type * as AuthModule from "./auth.server";

/**
 * Reading the session from the Cookie header, on a real SQLite file (the
 * process-wide connection is this test's copy of the places database).
 */
type Globals = { __coupDeMainDb?: AppDatabase };
const globals = globalThis as Globals;
const previousDb = globals.__coupDeMainDb;
let db: AppDatabase;
let auth: typeof AuthModule;

beforeAll(async () => {
  db = copyPlacesDatabase();
  globals.__coupDeMainDb = db;
  auth = await import("./auth.server");
});

afterAll(() => {
  globals.__coupDeMainDb = previousDb;
  db.$client.close();
});

function withCookie(cookie: string) {
  return new Request("http://localhost/", { headers: { Cookie: cookie } });
}

function signedInMember() {
  const member = memberFactory(db)(placeByCode(db, "44052").id);
  const sessionId = randomBytes(20).toString("hex");
  db.insert(sessions)
    .values({
      id: sessionId,
      userId: member.id,
      expiresAt: Math.floor(Date.now() / 1000) + 3600,
      createdAt: new Date(),
      userAgent: "vitest",
    })
    .run();
  return { member, sessionId };
}

describe("the session cookie", () => {
  it("is read beside other cookies whose encoding is broken", async () => {
    const { member, sessionId } = signedInMember();
    for (const cookie of [
      `lang=%ZZ; cdm_session=${sessionId}`,
      `cdm_session=${sessionId}; other=%E3%80; =; ;`,
    ]) {
      expect(auth.sessionIdOf(withCookie(cookie))).toBe(sessionId);
      expect((await auth.getUser(withCookie(cookie)))?.id).toBe(member.id);
    }
  });

  it("is no session when it is itself malformed, or absent", async () => {
    for (const cookie of ["cdm_session=%ZZ", "cdm_session=%", "lang=%ZZ", "", "cdm_session"]) {
      expect(auth.sessionIdOf(withCookie(cookie))).toBeNull();
      expect(await auth.getUser(withCookie(cookie))).toBeNull();
      expect(await auth.sessionCookieToRefresh(withCookie(cookie))).toBeNull();
    }
  });
});
