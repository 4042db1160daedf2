import { beforeAll, describe, expect, it } from "vitest";
import { signedInMember, serverDatabaseForThisFile } from "#test/server-database";
import type * as AuthModule from "./auth.server";

/**
 * Reading the session from the Cookie header, on a real SQLite file (the
 * process-wide connection is this test's copy of the places database).
 */
const database = serverDatabaseForThisFile();
let auth: typeof AuthModule;

beforeAll(async () => {
  auth = await import("./auth.server");
});

function withCookie(cookie: string) {
  return new Request("http://localhost/", { headers: { Cookie: cookie } });
}

describe("the session cookie", () => {
  it("is read beside other cookies whose encoding is broken", async () => {
    const { member, sessionId } = signedInMember(database());
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
