import { afterAll, describe, expect, it } from "vitest";
import { copyPlacesDatabase } from "#test/databases";
import { memberFactory, placeByCode } from "#test/members";

// The app's one connection (db.server.ts): this file's own copy of the database.
const db = copyPlacesDatabase();
(globalThis as { __coupDeMainDb?: unknown }).__coupDeMainDb = db;
afterAll(() => db.$client.close());
const { createUserSession, hasRecentlyAuthenticated, requireRecentAuthentication } = await import(
  "./auth.server"
);

const member = memberFactory(db);
const DONGES = placeByCode(db, "44052").id;

/** Signs in as the sign-in form or an emailed link does; returns the session cookie. */
async function signIn(userId: string, provedPassword: boolean) {
  const response = await createUserSession(new Request("http://localhost/connexion"), userId, "/", {
    provedPassword,
  });
  return response.headers.get("Set-Cookie")!.split(";")[0]!;
}

const request = (cookie: string | null, url = "http://localhost/parametres") =>
  new Request(url, { method: "POST", headers: cookie ? { Cookie: cookie } : {} });

/** What requireRecentAuthentication answers: the member's id, or where it sends them. */
async function outcome(cookie: string | null, now: Date, url?: string, returnTo?: string) {
  try {
    return {
      userId: (await requireRecentAuthentication(request(cookie, url), { now, returnTo })).id,
    };
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    return { status: thrown.status, location: thrown.headers.get("Location") };
  }
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("sudo mode (requireRecentAuthentication)", () => {
  it("lets a session that typed the password act for 10 minutes, then asks for it again", async () => {
    const { id } = member(DONGES);
    const cookie = await signIn(id, true);
    expect(await outcome(cookie, minutesFromNow(9))).toEqual({ userId: id });
    expect(await hasRecentlyAuthenticated(request(cookie), minutesFromNow(9))).toBe(true);
    expect(await outcome(cookie, minutesFromNow(11), undefined, "/parametres#email-title")).toEqual(
      {
        status: 302,
        location: "/confirmer-mot-de-passe?retour=%2Fparametres%23email-title",
      },
    );
    expect(await hasRecentlyAuthenticated(request(cookie), minutesFromNow(11))).toBe(false);
  });

  it("asks at once in a session opened by an emailed link", async () => {
    const { id } = member(DONGES);
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
