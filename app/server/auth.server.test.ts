import { beforeAll, describe, expect, it } from "vitest";
import { memberFactory, placeByCode } from "#test/members";
import { signedInMember, serverDatabaseForThisFile } from "#test/server-database";
import type * as AuthModule from "./auth.server";

/**
 * Sessions on a real SQLite file: the process-wide connection (getDb) is
 * this file's copy of the places database.
 */
const database = serverDatabaseForThisFile();
let auth: typeof AuthModule;
let newMember: () => { id: string };

beforeAll(async () => {
  auth = await import("./auth.server");
  const member = memberFactory(database());
  const donges = placeByCode(database(), "44052").id;
  newMember = () => member(donges);
});

/** Signs in as the sign-in form or an emailed link does; returns the session cookie. */
async function signIn(userId: string, provedPassword: boolean) {
  const response = await auth.createUserSession(
    new Request("http://localhost/connexion"),
    userId,
    "/",
    {
      provedPassword,
    },
  );
  return response.headers.get("Set-Cookie")!.split(";")[0]!;
}

const request = (cookie: string | null, url = "http://localhost/parametres") =>
  new Request(url, { method: "POST", headers: cookie ? { Cookie: cookie } : {} });

/** What requireRecentAuthentication answers: the member's id, or where it sends them. */
async function outcome(cookie: string | null, now: Date, url?: string, returnTo?: string) {
  try {
    return {
      userId: (await auth.requireRecentAuthentication(request(cookie, url), { now, returnTo })).id,
    };
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    return { status: thrown.status, location: thrown.headers.get("Location") };
  }
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("sudo mode (requireRecentAuthentication)", () => {
  it("lets a session that typed the password act for 10 minutes, then asks for it again", async () => {
    const { id } = newMember();
    const cookie = await signIn(id, true);
    expect(await outcome(cookie, minutesFromNow(9))).toEqual({ userId: id });
    expect(await auth.hasRecentlyAuthenticated(request(cookie), minutesFromNow(9))).toBe(true);
    expect(await outcome(cookie, minutesFromNow(11), undefined, "/parametres#email-title")).toEqual(
      {
        status: 302,
        location: "/confirmer-mot-de-passe?retour=%2Fparametres%23email-title",
      },
    );
    expect(await auth.hasRecentlyAuthenticated(request(cookie), minutesFromNow(11))).toBe(false);
  });

  it("asks at once in a session opened by an emailed link", async () => {
    const { id } = newMember();
    const cookie = await signIn(id, false);
    expect(await outcome(cookie, new Date(), "http://localhost/admin?index")).toEqual({
      status: 302,
      location: "/confirmer-mot-de-passe?retour=%2Fadmin",
    });
  });

  it("sends visitors to sign in first", async () => {
    expect(await outcome(null, new Date())).toEqual({
      status: 302,
      location: "/connexion?redirectTo=%2Fparametres",
    });
  });
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
